// `npm start`: build and open the desktop app. Without the Electron binary, say so plainly.
import './require-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const electron = electronBinary({ download: true });
if (!electron) {
  console.error(
    [
      'Copydesk cannot open the desktop app: the Electron binary is not installed',
      '(Electron downloads it at first use, which needs internet access).',
      'Use the same app in your browser instead:  npm run web',
      'Or, with internet access, install Electron:  npx install-electron  (then npm start again).',
    ].join('\n'),
  );
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
for (const step of [
  ['vite', 'build', '--logLevel', 'warn'],
  ['tsx', 'scripts/build-electron.ts'],
]) {
  const result = spawnSync(npx, step, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Electron's own user-data folder in development (app name "copydesk"), unless overridden.
function desktopDataDir() {
  if (process.env.COPYDESK_DATA_DIR) return process.env.COPYDESK_DATA_DIR;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'copydesk');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'copydesk');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'copydesk');
}

// The newsroom server runs in plain Node beside the app (its native modules are never loaded by
// Electron), unless COPYDESK_SERVER_URL points at the newsroom's own server.
const children = [];
let serverUrl = process.env.COPYDESK_SERVER_URL;
if (!serverUrl) {
  const port = process.env.COPYDESK_SERVER_PORT ?? '4310';
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', 'serve'], {
    stdio: 'inherit',
    env: { ...process.env, COPYDESK_SERVER_PORT: port, COPYDESK_SERVER_DATA: process.env.COPYDESK_SERVER_DATA ?? join(desktopDataDir(), 'newsroom') },
  });
  children.push(server);
  serverUrl = `http://127.0.0.1:${port}`;
}

const app = spawn(electron, ['.'], { stdio: 'inherit', env: { ...process.env, COPYDESK_SERVER_URL: serverUrl } });
children.push(app);
const stopAll = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
app.on('exit', (code) => {
  stopAll('SIGTERM');
  process.exit(code ?? 0);
});

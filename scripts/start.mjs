// `npm start`: build and open the desktop app. Without the Electron binary, say so plainly.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const electron = electronBinary();
if (!electron) {
  console.error(
    [
      'Copydesk cannot open the desktop app: the Electron binary is not installed',
      '(it is downloaded by `npm install`, and was skipped here — offline, or ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
      'Use the same app in your browser instead:  npm run web',
      'Or, with internet access, install Electron:  npm rebuild electron  (then npm start again).',
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

const child = spawn(electron, ['.'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

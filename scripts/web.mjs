// `npm run web`: build the renderer, then serve it and the DeskApi on 127.0.0.1.
import './require-node.mjs';
import { spawnSync, spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The renderer did not build; see the errors above.');
  process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

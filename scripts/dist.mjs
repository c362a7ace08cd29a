// `npm run dist`: build the app and its installers (electron-builder.yml). Packaging needs
// Electron itself; where it cannot be had, say so in one sentence instead of a long stack.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

if (!electronBinary({ download: true })) {
  console.error('npm run dist needs Electron, which is not installed here and could not be downloaded: run it on a machine with internet access (or after `npx install-electron`).');
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
for (const step of [
  ['tsx', 'scripts/build-icons.ts'],
  ['vite', 'build', '--logLevel', 'warn'],
  ['tsx', 'scripts/build-electron.ts'],
  ['electron-builder', ...process.argv.slice(2)],
]) {
  const result = spawnSync(npx, step, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Bundles the Electron main process, the preload and the re-index helper into dist-electron/. */
import { build } from 'esbuild';
import { electronBundles } from './electron-bundles';

for (const bundle of Object.values(electronBundles)) await build(bundle);
console.log(`Built ${Object.values(electronBundles).map((bundle) => bundle.outfile).join(', ')}`);

/**
 * How each part of the desktop app is bundled (scripts/build-electron.ts builds them all; tests
 * build one to check that what ships runs). CommonJS for Electron; native modules stay external:
 * sharp is packed for media intake; the newsroom server's better-sqlite3 and pg never enter the
 * desktop app. A sandboxed preload cannot load modules, so it must be one self-contained file.
 */
import type { BuildOptions } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
};

export const electronBundles = {
  main: { ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'sharp', 'better-sqlite3', 'pg', 'pg-native'] },
  // The search index's helper process (see electron/desk/search/reindex-worker.ts), started by
  // Electron's utilityProcess.fork (the RunAsNode fuse is off): it must need nothing from node_modules.
  reindexWorker: { ...common, entryPoints: ['electron/desk/search/reindex-worker.ts'], outfile: 'dist-electron/reindex-worker.cjs', external: ['electron'] },
  preload: { ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', minify: true, external: ['electron'] },
} satisfies Record<string, BuildOptions>;

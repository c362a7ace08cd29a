/**
 * Bundles the Electron main process and the preload into dist-electron/ as CommonJS. A sandboxed
 * preload cannot load modules, so it must be one self-contained file. Native modules stay
 * external: sharp is packed for media intake; the newsroom server's better-sqlite3 and pg never
 * enter the desktop app.
 */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning' as const,
};

await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist-electron/main.cjs',
  external: ['electron', 'sharp', 'better-sqlite3', 'pg', 'pg-native'],
});

// The search index's helper process (see electron/desk/search/reindex-worker.ts).
await build({
  ...common,
  entryPoints: ['electron/desk/search/reindex-worker.ts'],
  outfile: 'dist-electron/reindex-worker.cjs',
  external: ['electron'],
});

await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  minify: true,
  external: ['electron'],
});

console.log('Built dist-electron/main.cjs, dist-electron/reindex-worker.cjs and dist-electron/preload.cjs');

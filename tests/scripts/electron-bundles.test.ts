import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { electronBundles } from '../../scripts/electron-bundles';

// What the packaged app has beside its bundles: electron-builder.yml packs only these modules.
const packedModules = ['sharp', '@img', 'detect-libc', 'semver'];
const callsSchema = z.array(z.array(z.unknown()));

/**
 * The Electron binary cannot run here, so the bundles the app ships are loaded in plain Node
 * instead, in a folder laid out like the packaged app: no node_modules but the packed ones, and a
 * recording stand-in for `electron`. A bundle that needs anything else fails to load.
 */
describe('the bundles the packaged app loads', () => {
  let appDir: string;
  const metafiles: Record<string, Metafile> = {};

  beforeAll(async () => {
    appDir = await mkdtemp(join(tmpdir(), 'copydesk-packaged-'));
    await mkdir(join(appDir, 'node_modules', 'electron'), { recursive: true });
    await copyFile(join(import.meta.dirname, 'stub-electron.cjs'), join(appDir, 'node_modules', 'electron', 'index.js'));
    for (const name of packedModules) await symlink(resolve('node_modules', name), join(appDir, 'node_modules', name));
    for (const [name, bundle] of Object.entries({ main: electronBundles.main, preload: electronBundles.preload })) {
      const result = await build({ ...bundle, outfile: join(appDir, 'dist-electron', `${name}.cjs`), sourcemap: false, metafile: true, logLevel: 'silent' });
      metafiles[name] = result.metafile;
    }
  });
  afterAll(async () => rm(appDir, { recursive: true, force: true }));

  function load(bundle: string) {
    const run = spawnSync(process.execPath, [join(appDir, 'dist-electron', bundle)], { cwd: appDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_PATH: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return callsSchema.parse(JSON.parse(run.stdout));
  }

  it('main needs nothing at run time but Node, electron and the packed sharp: not better-sqlite3, not pg', () => {
    const required = new Set(Object.values(metafiles.main?.outputs ?? {}).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path)));
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect([...required].filter((path) => !builtins.has(path)).sort()).toEqual(['electron', 'sharp']);
  });

  it('main loads and sets the app up: its scheme, one instance, its guards', () => {
    const calls = load('main.cjs');
    expect(calls[0]).toEqual(['protocol.registerSchemesAsPrivileged', [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
    expect(calls).toContainEqual(['app.requestSingleInstanceLock']);
    expect(calls).toContainEqual(['app.on', 'web-contents-created', '[function]']);
  });

  it('the preload loads sandboxed-style (one file) and exposes named functions, the event subscription and the window-closing hook only', () => {
    expect(metafiles.preload?.outputs && Object.values(metafiles.preload.outputs).flatMap((output) => output.imports.map((entry) => entry.path))).toEqual(['electron']);
    const calls = load('preload.cjs');
    const exposed = calls.filter((call) => call[0] === 'contextBridge.exposeInMainWorld');
    expect(exposed.map((call) => call[1])).toEqual(['copydesk', 'copydeskEvents', 'copydeskWindow']);
    expect(exposed[1]?.[2]).toEqual({ subscribe: '[function]' });
    expect(exposed[2]?.[2]).toEqual({ onClosing: '[function]' });
    expect(calls).toContainEqual(['ipcRenderer.invoke', 'drafts:save', { id: 'd1' }]);
  });
});

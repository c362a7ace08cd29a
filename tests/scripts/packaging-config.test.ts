import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The Electron binary cannot be downloaded here, so electron-builder cannot run: what it would
// be given is checked instead, against electron-builder's own configuration schema.
const config: unknown = parse(readFileSync('electron-builder.yml', 'utf8'));
const require = createRequire(import.meta.url);

const configSchema = z.object({
  files: z.array(z.string()),
  asarUnpack: z.array(z.string()),
  electronFuses: z.record(z.string(), z.boolean()),
  linux: z.object({ target: z.array(z.string()), icon: z.string(), desktop: z.object({ entry: z.record(z.string(), z.string()) }) }),
  win: z.object({ target: z.array(z.string()), icon: z.string() }),
  mac: z.object({ target: z.array(z.string()), icon: z.string() }),
  publish: z.object({ provider: z.string(), url: z.string() }),
});
const builder = configSchema.parse(config);
const packedModules = builder.files.filter((pattern) => pattern.startsWith('node_modules/')).map((pattern) => pattern.replace(/^node_modules\/(.+)\/\*\*$/u, '$1'));

function runtimeDependencies(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = z
    .object({ dependencies: z.record(z.string(), z.string()).optional(), optionalDependencies: z.record(z.string(), z.string()).optional() })
    .parse(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')));
  const installed = Object.keys(manifest.optionalDependencies ?? {}).filter((optional) => existsSync(`node_modules/${optional}`));
  for (const dependency of [...Object.keys(manifest.dependencies ?? {}), ...installed]) runtimeDependencies(dependency, seen);
  return seen;
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own JSON schema)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')));
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; encrypted cookies; the app only from a checked asar', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an installer for each desktop platform, with its icon', () => {
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
    expect(builder.win.target).toEqual(['nsis']);
    // electron-updater updates a macOS app from its zip; the dmg is for the first install.
    expect(builder.mac.target).toEqual(['dmg', 'zip']);
    expect([builder.linux.icon, builder.win.icon, builder.mac.icon]).toEqual(['build/icons/png', 'build/icons/icon.png', 'build/icons/icon.png']);
  });

  it('packs the built app, and sharp with everything it loads, unpacked from the asar (a native module cannot load from inside it)', () => {
    expect(builder.files).toEqual(expect.arrayContaining(['package.json', 'dist/renderer/**', 'dist-electron/**', '!**/*.map']));
    // A scoped package (@img/colour) is packed by its scope's folder (node_modules/@img/**).
    const folders = [...runtimeDependencies('sharp')].map((name) => (name.startsWith('@') ? (name.split('/')[0] ?? name) : name));
    expect(new Set(folders)).toEqual(new Set(['sharp', '@img', 'detect-libc', 'semver']));
    for (const folder of folders) expect(packedModules).toContain(folder);
    expect(builder.asarUnpack).toEqual(['node_modules/sharp/**', 'node_modules/@img/**']);
  });

  it('packs no server-only native module and no server code', () => {
    for (const serverOnly of ['better-sqlite3', 'pg']) {
      expect(packedModules).not.toContain(serverOnly);
      expect(builder.files).toContain(`!node_modules/${serverOnly}/**`);
    }
    expect(builder.files).toContain('!server/**');
  });

  it('publishes to a generic feed, the folder the newsroom server serves at /updates/', () => {
    expect(builder.publish.provider).toBe('generic');
    expect(new URL(builder.publish.url).pathname).toBe('/updates/');
  });

  it('gives Linux a desktop entry in registered categories, in English and Hong Kong Chinese', () => {
    const entry = builder.linux.desktop.entry;
    expect(entry.Categories).toBe('Office;WordProcessor;');
    expect(entry.Name).toBe('Copydesk');
    expect(entry['Comment[zh_HK]']).toMatch(/新聞室/u);
  });
});

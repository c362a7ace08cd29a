/**
 * The operator commands of the static site, as `npm run server -- export-site | nginx-config`
 * run them (server/main.ts hands them the settings from the environment).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSiteCommand } from '../../server/cli/run-site-command';
import type { ServerSettings } from '../../server/cli/server-settings';
import { findNginx } from '../../server/public-site/nginx/start-nginx';
import { folderStaticStorage } from '../../server/public-site/static/folder-static-storage';
import { databaseTargets } from './helpers/test-database';
import { createTestDesk } from './helpers/test-desk';
import type { TestDesk } from './helpers/test-desk';
import { content, publish, unpublish } from './public-site/public-site-helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function settingsFor(desk: TestDesk, root: string): ServerSettings {
  return {
    host: '127.0.0.1',
    port: 4310,
    dataDir: desk.database.dataDir,
    ...(desk.database.url ? { databaseUrl: desk.database.url } : {}),
    staticExport: { root, purgeLog: join(desk.database.dataDir, 'purge.jsonl') },
  };
}

async function run(command: 'export-site' | 'nginx-config', args: string[], settings: ServerSettings): Promise<string[]> {
  const lines: string[] = [];
  await runSiteCommand(command, args, settings, { readStdin: async () => '', out: (line) => lines.push(line) });
  return lines;
}

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

for (const target of databaseTargets()) {
  describe(`export-site (${target})`, () => {
    it('rebuilds the whole root from the database, reports what it wrote, and leaves an up-to-date root alone', async () => {
      const desk = await createTestDesk(target);
      cleanups.push(() => desk.close());
      const root = tempFolder('copydesk-export-site-');
      await publish(desk, content({ slug: 'ferry-fares', tags: ['transport'], topics: ['Cost of living'] }));
      await unpublish(desk, await publish(desk, content({ slug: 'withdrawn', tags: ['weather'], topics: [] })));
      // A file no page publishes any more (left from an old export) is removed.
      writeFileSync(join(root, 'stale.html'), 'old');

      const report = await run('export-site', [], settingsFor(desk, root));
      const files = await folderStaticStorage(root).list();
      expect(files).toEqual(expect.arrayContaining(['articles/ferry-fares.html', 'tags/transport/index.html', '_gone/articles/withdrawn', '_gone/articles/withdrawn.ninjs.json', 'feed.xml', 'robots.txt', 'favicon.ico', 'manifest.webmanifest']));
      expect(files).not.toContain('stale.html');
      expect(files).not.toContain('articles/withdrawn.html');
      expect(files).not.toContain('tags/weather/index.html');
      expect(report[0]?.startsWith(`exported the public site to ${root} in `)).toBe(true);
      expect(report[0]).toMatch(/ in \d+\.\d s$/u);
      expect(report[1]).toBe(`${files.length} files: ${files.length} written, 0 already up to date, 1 removed`);
      expect(report[2]).toMatch(/^by folder: /u);
      expect(report[2]).toContain('articles/ 2');
      expect(report[2]).toContain('_gone/ 2');

      // A root that cannot be a folder (under a file) is refused before anything is exported.
      await expect(run('export-site', [], settingsFor(desk, join(root, 'robots.txt', 'site')))).rejects.toThrow(`The static root ${join(root, 'robots.txt', 'site')} cannot be written (ENOTDIR). Set COPYDESK_STATIC_ROOT`);
      // Nor one in a kernel file system (where Node's recursive mkdir would never return).
      await expect(run('export-site', [], settingsFor(desk, '/proc/copydesk/static'))).rejects.toThrow('The static root /proc/copydesk/static is inside /proc, a kernel file system that cannot hold files. Set COPYDESK_STATIC_ROOT');
      const again = await run('export-site', [], settingsFor(desk, root));
      expect(again[1]).toBe(`${files.length} files: 0 written, ${files.length} already up to date, 0 removed`);
    });
  });
}

describe('nginx-config', () => {
  it('prints a config nginx accepts, with every file of its own under the prefix', async () => {
    const desk = await createTestDesk('sqlite');
    cleanups.push(() => desk.close());
    const prefix = tempFolder('copydesk-nginx-prefix-');
    const printed = (await run('nginx-config', ['--listen', '18080', '--prefix', prefix], settingsFor(desk, '/srv/site'))).join('\n');
    expect(printed).toContain('listen 127.0.0.1:18080;');
    expect(printed).toContain('root "/srv/site";');
    expect(printed).toContain('server 127.0.0.1:4310;');
    for (const directive of ['pid', 'error_log', 'access_log', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path']) {
      expect(printed, directive).toMatch(new RegExp(`${directive} "${prefix}/`, 'u'));
    }
    const file = join(prefix, 'nginx.conf');
    expect(await run('nginx-config', ['--listen', '18080', '--prefix', prefix, '--out', file], settingsFor(desk, '/srv/site'))).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(`${printed}`);
    const nginx = findNginx();
    if (nginx === null) {
      console.warn('nginx -t skipped: nginx is not installed (apt-get install nginx).');
      return;
    }
    const check = spawnSync(nginx, ['-t', '-p', prefix, '-c', file, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
    expect(check.stderr).toContain('syntax is ok');
    expect(check.stderr).not.toContain('[warn]');
    expect(check.status).toBe(0);
  });

  it('refuses a bad listen address and a root that nginx would read as a variable, in words an operator can act on', async () => {
    const desk = await createTestDesk('sqlite');
    cleanups.push(() => desk.close());
    await expect(run('nginx-config', ['--listen', 'eighty'], settingsFor(desk, '/srv/site'))).rejects.toThrow('--listen must be a port or host:port');
    await expect(run('nginx-config', [], settingsFor(desk, '/srv/$site'))).rejects.toThrow('The static root may not contain');
    await expect(run('nginx-config', [], { ...settingsFor(desk, '/srv/site'), staticExport: undefined })).rejects.toThrow('Set COPYDESK_STATIC_ROOT');
  });
});

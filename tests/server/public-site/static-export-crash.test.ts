/**
 * A server process SIGKILLed between the commit of a publish and its static export: the next
 * process that starts finishes the export at once (not a lease later), on SQLite and PostgreSQL.
 * The export is held in place by a named pipe where the article's file goes: reading it blocks,
 * so the kill lands after the commit and the claim, before any file of the article is written.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverArticleSchema } from '../../../shared/server-api';
import { staticExportDb } from '../../../server/public-site/static/static-export-tables';
import { startNewsroomServer } from '../../../server/start-server';
import { databaseTargets } from '../helpers/test-database';
import { publicDb } from '../../../server/public-site/db/public-site-tables';
import { createTestDesk, testPassword } from '../helpers/test-desk';
import type { TestDesk } from '../helpers/test-desk';
import { content } from './public-site-helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function startChildServer(desk: TestDesk, root: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        ...(desk.database.url ? { DATABASE_URL: desk.database.url } : {}),
        COPYDESK_SERVER_PORT: '0',
        COPYDESK_SERVER_DATA: desk.database.dataDir,
        COPYDESK_STATIC_ROOT: root,
        COPYDESK_SITE_URL: 'https://news.example.hk/',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/u.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: testPassword }) });
  expect(response.status).toBe(201);
  return z.object({ token: z.string() }).parse(await response.json()).token;
}

/** Through the child's HTTP API, signed in on its clock (the test desk's tokens live on a fake one). */
async function publishOver(url: string, slug: string): Promise<void> {
  const reporter = await signIn(url, 'reporter');
  const chief = await signIn(url, 'chief-editor');
  const call = async (path: string, token: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    expect(response.status, text).toBeLessThan(300);
    return serverArticleSchema.parse(JSON.parse(text));
  };
  const created = await call('/api/articles', reporter, { content: content({ slug, tags: ['transport'], topics: ['Cost of living'] }) });
  await call(`/api/articles/${created.id}/transitions`, reporter, { action: 'submit' });
  await call(`/api/articles/${created.id}/transitions`, chief, { action: 'approve', revision: 1 });
  await call(`/api/articles/${created.id}/transitions`, chief, { action: 'publish', revision: 1 });
}

async function queueRows(desk: TestDesk) {
  return staticExportDb(desk.database.db).selectFrom('static_export_queue').select(['article_id', 'claimed_by', 'claimed_until']).execute();
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const target of databaseTargets()) {
  describe(`static export after a crash (${target})`, () => {
    it('a server killed between the publish commit and the export: the next start finishes it', async () => {
      const desk = await createTestDesk(target);
      const root = mkdtempSync(join(tmpdir(), 'copydesk-static-crash-'));
      cleanups.push(async () => {
        await desk.close();
        rmSync(root, { recursive: true, force: true });
      });
      mkdirSync(join(root, 'articles'));
      const pipe = join(root, 'articles', 'crash-story.html');
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);

      const first = await startChildServer(desk, root);
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      cleanups.push(async () => {
        if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL');
      });
      await publishOver(first.url, 'crash-story');
      // The publish answered 200 (committed); its export has claimed the row and hangs on the pipe.
      const claimed = await until(() => queueRows(desk), (rows) => rows.length === 1 && rows[0]?.claimed_by !== null, 'the export to claim its row');
      expect(claimed[0]?.claimed_by).toContain(`:${first.child.pid}:`);
      first.child.kill('SIGKILL');
      await exited;
      rmSync(pipe);
      expect(await queueRows(desk)).toHaveLength(1);

      // The next process: its start finishes what the dead one left, though that claim's lease runs on.
      const next = await startNewsroomServer({
        dataDir: desk.database.dataDir,
        host: '127.0.0.1',
        port: 0,
        logger: false,
        ...(desk.database.url ? { databaseUrl: desk.database.url } : {}),
        staticExport: { root, purgeLog: join(desk.database.dataDir, 'purge.jsonl') },
      });
      try {
        expect(await queueRows(desk)).toEqual([]);
        expect(lstatSync(join(root, 'articles/crash-story.html')).isFile()).toBe(true);
        const page = await fetch(`${next.url}/articles/crash-story`);
        expect(page.status).toBe(200);
        expect(readFileSync(join(root, 'articles/crash-story.html'), 'utf8')).toBe(await page.text());
        // The article sitemap of its publish day (UTC; the child ran on the real clock) lists it.
        const stored = await publicDb(desk.database.db).selectFrom('public_pages').select('published_at').where('slug', '=', 'crash-story').executeTakeFirstOrThrow();
        const sitemap = `sitemaps/${stored.published_at.slice(0, 10)}.xml`;
        for (const path of ['index.html', 'tags/transport/index.html', 'sections/hong-kong/index.html', 'feed.xml', sitemap]) {
          expect(readFileSync(join(root, path), 'utf8'), path).toContain('/articles/crash-story');
        }
      } finally {
        await next.close();
      }
    }, 90_000);
  });
}

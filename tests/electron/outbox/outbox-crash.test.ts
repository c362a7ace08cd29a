/**
 * The outbox's promise under SIGKILL: a child process sends jobs (upload → create → update →
 * submit, for several articles) to the project's real server over loopback and is killed at
 * random moments, many times. After the last restart every effect happened exactly once,
 * counted in the server's own records (media rows and the article audit history).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../../electron/desk/outbox/outbox';
import { buildServerApp } from '../../../server/app';
import { localMediaStorage } from '../../../server/media/local-media-storage';
import { createUser } from '../../../server/users/user-commands';
import { serverArticleSchema } from '../../../shared/server-api';
import { readyContent } from '../../server/helpers/article-fixtures';
import { openTestDatabase } from '../../server/helpers/test-database';
import type { TestDatabase } from '../../server/helpers/test-database';
import { testJpeg } from '../../server/helpers/test-images';

const articles = ['a1', 'a2', 'a3', 'a4'];
// Each round starts a Node process (~0.5 s on a busy machine): 25 rounds keep the suite lean.
const kills = 25;

describe('outbox crash safety against a real newsroom server', () => {
  let work: string;
  let bundleDir: string;
  let script: string;
  let database: TestDatabase;
  let app: FastifyInstance;
  let baseUrl: string;
  let token: string;

  beforeAll(async () => {
    work = await mkdtemp(join(process.cwd(), 'node_modules', '.copydesk-outbox-crash-'));
    bundleDir = work;
    script = join(bundleDir, 'crash-outbox-runner.mjs');
    await build({ entryPoints: [join(import.meta.dirname, 'crash-outbox-runner.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, packages: 'external', logLevel: 'silent', absWorkingDir: process.cwd() });
    database = await openTestDatabase('sqlite');
    app = await buildServerApp({ db: database.db, media: localMediaStorage(join(database.dataDir, 'media')) });
    await createUser(database.db, { username: 'chan-mei', displayName: 'Chan Mei', role: 'reporter', password: 'correct horse battery' });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const session = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chan-mei', password: 'correct horse battery' }) });
    token = ((await session.json()) as { token: string }).token;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it(`delivers each upload, create, update and submit exactly once across ${kills} SIGKILLs`, async () => {
    const folder = join(work, 'outbox');
    const queued = new Outbox({ folder, transport: { call: () => Promise.reject(new Error('not started')) } });
    await queued.open();
    for (const [index, key] of articles.entries()) {
      const file = join(work, `${key}.jpg`);
      await writeFile(file, await testJpeg({ width: 64 + index, height: 48 }));
      const content = { ...readyContent(`渡輪加價 ${key}`), slug: `ferry-${key}` };
      const lead = content.leadImage ?? { src: '', caption: '', credit: '', alt: '' };
      await queued.enqueue(key, { kind: 'upload', localMediaId: `local-${key}`, file, fields: {} });
      await queued.enqueue(key, { kind: 'create', content: { ...content, leadImage: { ...lead, mediaId: `local-${key}` } } });
      await queued.enqueue(key, { kind: 'update', content: { ...content, headline: `渡輪加價（更新）${key}`, leadImage: { ...lead, mediaId: `local-${key}` } } });
      await queued.enqueue(key, { kind: 'transition', action: 'submit' });
    }
    await queued.close();

    let killedMidway = 0;
    for (let round = 0; round < kills; round += 1) {
      const outcome = await runOnce(script, [folder, baseUrl, token], Math.random() * 150);
      if (outcome === 'done') break;
      killedMidway += 1;
    }
    expect(await runOnce(script, [folder, baseUrl, token], null)).toBe('done');
    // The last run cleared any write a kill cut short, and every queue is whole and empty.
    expect((await readdir(folder)).sort()).toEqual(articles.map((key) => `${key}.json`));
    // Kills landed while jobs were still queued (a run that finished at once proves nothing).
    expect(killedMidway).toBeGreaterThanOrEqual(3);

    const db = database.db;
    const rows = await db.selectFrom('articles').select(['id', 'slug', 'status', 'revision', 'content']).execute();
    expect(rows.map((row) => row.slug).sort()).toEqual(['ferry-a1', 'ferry-a2', 'ferry-a3', 'ferry-a4']);
    expect(await db.selectFrom('media').select('id').execute()).toHaveLength(articles.length);
    for (const row of rows) {
      const events = await db.selectFrom('article_events').select('action').where('article_id', '=', row.id).orderBy('id').execute();
      expect(events.map((event) => event.action), row.slug).toEqual(['create', 'edit', 'submit']);
      const article = serverArticleSchema.parse({ ...JSON.parse(row.content), id: row.id, status: row.status, revision: row.revision, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', author: '', assignee: null, needsPhotos: false, publishAt: null, version: 0 });
      expect(article.status).toBe('in_review');
      expect(article.revision).toBe(2);
      expect(article.headline).toBe(`渡輪加價（更新）${row.slug.replace('ferry-', '')}`);
      const media = await db.selectFrom('media').select('id').where('id', '=', article.leadImage?.mediaId ?? '').execute();
      expect(media, `${row.slug} shows its uploaded image`).toHaveLength(1);
    }
  }, 300_000);
});

/** Runs the child; SIGKILLs it `afterMs` after it is ready (never when null). */
async function runOnce(script: string, args: string[], afterMs: number | null): Promise<'done' | 'killed'> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    if (afterMs !== null && timer === undefined && output.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  if (output.includes('done\n') && code === 0) return 'done';
  if (code !== null) throw new Error(`The outbox child stopped by itself (${code}): ${output}`);
  return 'killed';
}

/**
 * Two server processes on one PostgreSQL database, 50 clients at once: no lost update, no
 * double publish, no scheduled article published twice. Bounded: a few hundred requests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverArticleSchema } from '../../shared/server-api';
import type { ServerArticle } from '../../shared/server-api';
import { createUser } from '../../server/users/user-commands';
import { readyContent } from './helpers/article-fixtures';
import { openTestDatabase, postgresTestUrl } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

const pgUrl = postgresTestUrl();
if (!pgUrl) console.warn('Concurrency test skipped: it needs PostgreSQL; set COPYDESK_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');

function startProcess(database: TestDatabase): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATABASE_URL: database.url, COPYDESK_SERVER_PORT: '0', COPYDESK_SERVER_DATA: database.dataDir, COPYDESK_SCHEDULER_INTERVAL_MS: '150' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (process.env.DEBUG_SERVER_LOG) for (const line of chunk.toString('utf8').split('\n')) if (line.includes('"level":50')) console.error(line.slice(0, 1500));
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], log: () => output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

describe.skipIf(!pgUrl)('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  const servers: { child: ChildProcess; url: string; log: () => string }[] = [];
  const tokens = { reporter: '', chief: '' };

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    await createUser(database.db, { username: 'reporter', displayName: 'Reporter', role: 'reporter', password: 'correct horse battery' });
    await createUser(database.db, { username: 'chief', displayName: 'Chief', role: 'chief_editor', password: 'correct horse battery' });
    // Both at once, as a newsroom's processes start (migrate-race.test.ts covers the migrator).
    servers.push(...(await Promise.all([startProcess(database), startProcess(database)])));
    for (const name of ['reporter', 'chief'] as const) {
      const response = await fetch(`${servers[0]?.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: name, password: 'correct horse battery' }) });
      tokens[name] = ((await response.json()) as { token: string }).token;
    }
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await database?.drop();
  });

  function server(index: number): string {
    return servers[index % servers.length]?.url ?? '';
  }
  async function call(index: number, method: string, path: string, as: 'reporter' | 'chief', body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${server(index)}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[as]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  let made = 0;
  async function newArticle(): Promise<ServerArticle> {
    made += 1;
    // Distinct slugs: each article gets its own public address when published.
    const content = { ...readyContent(), slug: `ferry-fares-${made}` };
    return serverArticleSchema.parse((await call(0, 'POST', '/api/articles', 'reporter', { content })).body);
  }
  async function events(id: string, action: string): Promise<number> {
    const rows = await database.db.selectFrom('article_events').select('id').where('article_id', '=', id).where('action', '=', action).execute();
    return rows.length;
  }

  it('loses no update when 50 clients edit the same articles through both processes', async () => {
    const articles = await Promise.all(Array.from({ length: 5 }, () => newArticle()));
    const accepted: { id: string; revision: number; headline: string }[] = [];
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const article = articles[(client + attempt) % articles.length];
          if (!article) return;
          const current = serverArticleSchema.parse((await call(client, 'GET', `/api/articles/${article.id}`, 'reporter')).body);
          const headline = `client ${client} attempt ${attempt}`;
          const saved = await call(client + 1, 'PUT', `/api/articles/${article.id}`, 'reporter', { content: { ...readyContent(headline), slug: `ferry-fares-${articles.indexOf(article) + 1}` } }, { 'if-match': String(current.revision) });
          if (saved.status === 200) accepted.push({ id: article.id, revision: serverArticleSchema.parse(saved.body).revision, headline });
          else if (saved.status === 409) conflicts += 1;
          else throw new Error(`unexpected ${saved.status}: ${JSON.stringify(saved.body)}`);
        }
      }),
    );
    expect(accepted.length + conflicts).toBe(150);
    expect(conflicts).toBeGreaterThan(0);
    for (const article of articles) {
      const mine = accepted.filter((edit) => edit.id === article.id);
      const final = serverArticleSchema.parse((await call(0, 'GET', `/api/articles/${article.id}`, 'reporter')).body);
      // Every accepted save made exactly one new revision: none was overwritten unseen.
      expect(final.revision).toBe(1 + mine.length);
      expect(new Set(mine.map((edit) => edit.revision)).size).toBe(mine.length);
      expect(final.headline).toBe(mine.find((edit) => edit.revision === final.revision)?.headline);
      expect(await events(article.id, 'edit')).toBe(mine.length);
    }
  }, 60_000);

  it('publishes each article once when 50 clients press publish on both processes at once', async () => {
    const articles = await Promise.all(Array.from({ length: 5 }, () => newArticle()));
    for (const article of articles) {
      expect((await call(0, 'POST', `/api/articles/${article.id}/transitions`, 'reporter', { action: 'submit' })).status).toBe(200);
      expect((await call(1, 'POST', `/api/articles/${article.id}/transitions`, 'chief', { action: 'approve', revision: article.revision })).status).toBe(200);
    }
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, client) => {
        const article = articles[client % articles.length];
        return call(client, 'POST', `/api/articles/${article?.id}/transitions`, 'chief', { action: 'publish', revision: article?.revision }).then((response) => ({ id: article?.id, status: response.status, body: JSON.stringify(response.body) }));
      }),
    );
    for (const article of articles) {
      const mine = statuses.filter((result) => result.id === article.id);
      expect(mine.filter((result) => result.status === 200)).toHaveLength(1);
      expect(mine.filter((result) => result.status !== 200).map((result) => `${result.status} ${result.body}`)).toEqual(Array.from({ length: mine.length - 1 }, () => expect.stringMatching(/^409 /)));
      expect(await events(article.id, 'publish')).toBe(1);
    }
  }, 60_000);

  it('publishes scheduled articles once although both processes run the scheduler', async () => {
    const articles = await Promise.all(Array.from({ length: 6 }, () => newArticle()));
    for (const article of articles) {
      await call(0, 'POST', `/api/articles/${article.id}/transitions`, 'reporter', { action: 'submit' });
      await call(1, 'POST', `/api/articles/${article.id}/transitions`, 'chief', { action: 'approve', revision: article.revision });
    }
    // Scheduled together, shortly ahead, so both processes' schedulers find them due at once.
    const publishAt = new Date(Date.now() + 2000).toISOString();
    const scheduled = await Promise.all(articles.map((article, index) => call(index, 'POST', `/api/articles/${article.id}/transitions`, 'chief', { action: 'schedule', publishAt, revision: article.revision })));
    expect(scheduled.map((response) => response.status)).toEqual(articles.map(() => 200));
    const deadline = Date.now() + 15_000;
    let published = 0;
    while (Date.now() < deadline) {
      const rows = await database.db.selectFrom('articles').select('id').where('id', 'in', articles.map((article) => article.id)).where('status', '=', 'published').execute();
      published = rows.length;
      if (published === articles.length) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(published).toBe(articles.length);
    // Let both schedulers run a few more times: nothing may be published again.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const article of articles) expect(await events(article.id, 'publish')).toBe(1);
    // Proof the schedulers did it: no person is the actor of these publications, and the two
    // processes' logs name every article exactly once between them.
    const publications = await database.db.selectFrom('article_events').select(['article_id', 'actor_id']).where('article_id', 'in', articles.map((article) => article.id)).where('action', '=', 'publish').execute();
    expect(publications.map((row) => row.actor_id)).toEqual(articles.map(() => null));
    const logged = servers.flatMap((server) =>
      server
        .log()
        .split('\n')
        .filter((line) => line.includes('scheduled articles published'))
        .flatMap((line) => {
          const entry: unknown = JSON.parse(line);
          return typeof entry === 'object' && entry !== null && 'articleIds' in entry && Array.isArray(entry.articleIds) ? entry.articleIds.map(String) : [];
        }),
    );
    expect(logged.filter((id) => articles.some((article) => article.id === id)).sort()).toEqual(articles.map((article) => article.id).sort());
  }, 60_000);
});

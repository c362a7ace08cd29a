import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServerApp } from '../../server/app';
import { openDatabase } from '../../server/db/open-database';
import type { OpenedDatabase } from '../../server/db/open-database';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { postgresWake } from '../../server/notifications/event-wake';
import type { EventWake } from '../../server/notifications/event-wake';
import { createUser } from '../../server/users/user-commands';
import { serverArticleSchema } from '../../shared/server-api';
import { notificationSchema } from '../../shared/server-api-review';
import { readyContent } from './helpers/article-fixtures';
import { readSse } from './helpers/read-sse';
import { openTestDatabase, postgresTestUrl } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

const password = 'correct horse battery staple';

/**
 * Two server instances, each with its own connection pool and LISTEN connection, on one
 * PostgreSQL schema: an event written through A reaches a stream held open on B (no shared
 * process memory: only the table and NOTIFY connect them).
 */
describe.skipIf(!postgresTestUrl())('events shared by two server processes on PostgreSQL', () => {
  let database: TestDatabase;
  const instances: { app: FastifyInstance; url: string; opened: OpenedDatabase; wake: EventWake }[] = [];
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    const url = database.url ?? '';
    for (const name of ['reporter', 'chief']) {
      await createUser(database.db, { username: name, displayName: name, role: name === 'chief' ? 'chief_editor' : 'reporter', password });
    }
    for (let index = 0; index < 2; index += 1) {
      const opened = openDatabase({ databaseUrl: url, sqliteFile: '' });
      const wake = postgresWake(url);
      const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(database.dataDir, 'media')), eventWake: wake });
      instances.push({ app, opened, wake, url: await app.listen({ host: '127.0.0.1', port: 0 }) });
    }
  });
  afterAll(async () => {
    for (const instance of instances) {
      await instance.app.close();
      await instance.wake.close();
      await instance.opened.db.destroy();
    }
    await database?.drop();
  });

  async function signIn(base: string, username: string): Promise<string> {
    const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    return ((await response.json()) as { token: string }).token;
  }
  async function post(base: string, token: string, path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  }

  it('a transition on process A reaches the stream on process B, woken by NOTIFY (not its 15 s re-read)', async () => {
    const [a, b] = instances;
    if (!a || !b) throw new Error('two instances');
    const reporterOnB = await signIn(b.url, 'reporter');
    const reporterOnA = await signIn(a.url, 'reporter');
    const chiefOnA = await signIn(a.url, 'chief');
    const article = serverArticleSchema.parse(await post(a.url, reporterOnA, '/api/articles', { content: readyContent() }));
    await post(a.url, reporterOnA, `/api/articles/${article.id}/transitions`, { action: 'submit' });
    let opened = 0;
    const stream = readSse(`${b.url}/api/events/stream`, reporterOnB, { count: 1, timeoutMs: 5000, onOpen: () => { opened = Date.now(); } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = Date.now();
    await post(a.url, chiefOnA, `/api/articles/${article.id}/transitions`, { action: 'request_changes', note: 'Across processes' });
    const { events } = await stream;
    const received = Date.now();
    expect(opened).toBeGreaterThan(0);
    expect(events.map((event) => notificationSchema.parse(JSON.parse(event.data)).note)).toEqual(['Across processes']);
    // Far below B's fallback re-read (15 s): it was NOTIFY that woke B.
    expect(received - sent).toBeLessThan(5000);
  });
});

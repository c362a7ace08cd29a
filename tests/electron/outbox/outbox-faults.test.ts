/**
 * The outbox against servers that misbehave: one that is down and comes back on the same address,
 * one that stalls without answering, one that answers garbage. Jobs wait, are kept, and arrive once.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../../electron/desk/outbox/outbox';
import { buildServerApp } from '../../../server/app';
import { localMediaStorage } from '../../../server/media/local-media-storage';
import { createUser } from '../../../server/users/user-commands';
import { readyContent } from '../../server/helpers/article-fixtures';
import { openTestDatabase } from '../../server/helpers/test-database';
import type { TestDatabase } from '../../server/helpers/test-database';
import { FakeClock } from './fake-clock';
import { httpTestTransport } from './http-test-transport';

describe('outbox faults', () => {
  let database: TestDatabase;
  let folder: string;
  const opened: Outbox[] = [];
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    await createUser(database.db, { username: 'chan-mei', displayName: 'Chan Mei', role: 'reporter', password: 'correct horse battery' });
  });
  afterEach(async () => {
    for (const outbox of opened.splice(0)) await outbox.close();
    for (const close of closers.splice(0)) await close();
    await rm(folder, { recursive: true, force: true });
  });
  afterAll(async () => database?.drop());

  async function newsroom(port = 0): Promise<{ app: FastifyInstance; url: string }> {
    const app = await buildServerApp({ db: database.db, media: localMediaStorage(join(database.dataDir, 'media')) });
    const url = await app.listen({ host: '127.0.0.1', port });
    return { app, url };
  }
  async function signIn(url: string): Promise<string> {
    const session = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chan-mei', password: 'correct horse battery' }) });
    return ((await session.json()) as { token: string }).token;
  }
  async function outboxFor(url: string, token: string | (() => string), clock: FakeClock, timeoutMs = 5_000): Promise<Outbox> {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-outbox-faults-'));
    const outbox = new Outbox({ folder, transport: httpTestTransport(url, token, timeoutMs), clock, random: () => 0.5 });
    opened.push(outbox);
    await outbox.open();
    outbox.start();
    return outbox;
  }
  async function misbehaving(answer: Parameters<typeof createServer>[1]): Promise<string> {
    const server: Server = createServer(answer);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    closers.push(async () => server.closeAllConnections());
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('The test server has no port');
    return `http://127.0.0.1:${address.port}`;
  }

  it('waits while the newsroom is down and delivers once when it is back, with no duplicate', async () => {
    const first = await newsroom();
    const token = await signIn(first.url);
    const port = Number(new URL(first.url).port);
    await first.app.close();
    const clock = new FakeClock();
    const outbox = await outboxFor(first.url, token, clock);
    await outbox.enqueue('a1', { kind: 'create', content: { ...readyContent('停電後重新連線'), slug: 'back-online' } });
    await outbox.enqueue('a1', { kind: 'transition', action: 'submit' });
    await outbox.settled();
    for (let retry = 0; retry < 3; retry += 1) {
      clock.fireNext();
      await outbox.settled();
    }
    expect(outbox.state('a1')).toMatchObject({ state: 'waiting', pending: 2, next: 'create', lastError: { code: 'offline' } });

    const back = await newsroom(port);
    closers.push(() => back.app.close());
    clock.fireNext();
    await outbox.settled();
    expect(outbox.state('a1')).toMatchObject({ state: 'idle', revision: 1 });
    const rows = await database.db.selectFrom('articles').select(['id', 'status']).where('slug', '=', 'back-online').execute();
    expect(rows).toEqual([{ id: expect.any(String), status: 'in_review' }]);
    const events = await database.db.selectFrom('article_events').select('action').where('article_id', '=', rows[0]?.id ?? '').execute();
    expect(events.map((event) => event.action)).toEqual(['create', 'submit']);
  });

  it('pauses when the session ends mid-queue and resumes after sign-in, each effect once', async () => {
    const server = await newsroom();
    closers.push(() => server.app.close());
    let token = await signIn(server.url);
    const clock = new FakeClock();
    const outbox = await outboxFor(server.url, () => token, clock);
    await outbox.enqueue('a1', { kind: 'create', content: { ...readyContent('Token expiry'), slug: 'token-expiry' } });
    await outbox.settled();
    // The session is revoked (expired, or signed out on another desk) with work still queued.
    await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    await outbox.enqueue('a1', { kind: 'update', content: { ...readyContent('Token expiry, updated'), slug: 'token-expiry' } });
    await outbox.enqueue('a1', { kind: 'transition', action: 'submit' });
    await outbox.settled();
    expect(outbox.state('a1')).toEqual({ state: 'signed_out', pending: 2, next: 'update' });
    expect(clock.nextTimerAt()).toBeUndefined();

    token = await signIn(server.url);
    outbox.signedIn();
    await outbox.settled();
    expect(outbox.state('a1')).toMatchObject({ state: 'idle', revision: 2 });
    const row = await database.db.selectFrom('articles').select(['id', 'headline', 'status']).where('slug', '=', 'token-expiry').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ headline: 'Token expiry, updated', status: 'in_review' });
    const events = await database.db.selectFrom('article_events').select('action').where('article_id', '=', row.id).orderBy('id').execute();
    expect(events.map((event) => event.action)).toEqual(['create', 'edit', 'submit']);
  });

  it('gives up on a stalled request after its timeout and keeps the job', async () => {
    const url = await misbehaving(() => {
      // Accepts the request and never answers.
    });
    const clock = new FakeClock();
    const outbox = await outboxFor(url, 'a'.repeat(40), clock, 300);
    await outbox.enqueue('a1', { kind: 'create', content: readyContent() });
    await outbox.settled();
    expect(outbox.state('a1')).toMatchObject({ state: 'waiting', pending: 1, lastError: { code: 'timeout' }, retryAt: 500 });
  });

  it('keeps the job when the server answers something that is not a Copydesk reply', async () => {
    const url = await misbehaving((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Captive portal</html>');
    });
    const clock = new FakeClock();
    const outbox = await outboxFor(url, 'a'.repeat(40), clock);
    await outbox.enqueue('a1', { kind: 'create', content: readyContent() });
    await outbox.settled();
    expect(outbox.state('a1')).toMatchObject({ state: 'waiting', pending: 1, lastError: { code: 'bad_response' } });
    await outbox.close();
    const reopened = new Outbox({ folder, transport: httpTestTransport(url, 'a'.repeat(40)), clock });
    await reopened.open();
    expect(reopened.state('a1')).toMatchObject({ pending: 1 });
    expect(reopened.articleKeys()).toEqual(['a1']);
  });
});

import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditingLock } from '../../../electron/desk/editing-lock/editing-lock';
import type { EditingLockState } from '../../../electron/desk/editing-lock/editing-lock';
import { buildServerApp } from '../../../server/app';
import { localMediaStorage } from '../../../server/media/local-media-storage';
import { createUser } from '../../../server/users/user-commands';
import { lockStateResponseSchema, serverArticleSchema } from '../../../shared/server-api';
import { readyContent } from '../../server/helpers/article-fixtures';
import { openTestDatabase } from '../../server/helpers/test-database';
import type { TestDatabase } from '../../server/helpers/test-database';
import { FakeClock } from '../outbox/fake-clock';
import { FakeTransport } from '../outbox/fake-transport';
import { httpTestTransport } from '../outbox/http-test-transport';

const epoch = Date.parse('2026-12-02T10:02:00.000Z');
const password = 'correct horse battery';

/** Fires the next timer and resolves on the state change it causes. */
function nextState(lock: EditingLock, clock: FakeClock): Promise<EditingLockState> {
  return new Promise((resolve) => {
    const stop = lock.onChange((state) => {
      stop();
      resolve(state);
    });
    clock.fireNext();
  });
}

describe('the desk keeps, loses and gives up a soft lock on a real server', () => {
  const clock = new FakeClock();
  let database: TestDatabase;
  let app: FastifyInstance;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  let articleId: string;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    // The server's clock is the desk's fake clock: leases lapse when the test says so.
    app = await buildServerApp({ db: database.db, media: localMediaStorage(join(database.dataDir, 'media')), now: () => new Date(epoch + clock.now()) });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    for (const [username, displayName, role] of [['chan-mei', 'Chan Mei', 'reporter'], ['wong-kf', 'Wong Ka-fai', 'chief_editor']] as const) {
      await createUser(database.db, { username, displayName, role, password });
      const session = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      tokens[username] = ((await session.json()) as { token: string }).token;
    }
    const created = await httpTestTransport(baseUrl, tokens['chan-mei'] ?? '').call('articles:create', { body: { content: readyContent() }, headers: {} });
    articleId = serverArticleSchema.parse(created.ok ? created.value : null).id;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('shows who holds it, renews every 30 s, hands over on takeover and tells the holder', async () => {
    const reporter = new EditingLock(httpTestTransport(baseUrl, tokens['chan-mei'] ?? ''), articleId, clock);
    const chief = new EditingLock(httpTestTransport(baseUrl, tokens['wong-kf'] ?? ''), articleId, clock);
    expect(await reporter.open()).toMatchObject({ state: 'held', renewFailing: false, lock: { holder: { displayName: 'Chan Mei' }, since: '2026-12-02T10:02:00.000Z' } });
    expect(await chief.open()).toMatchObject({ state: 'held_by_other', lock: { holder: { displayName: 'Chan Mei' }, since: '2026-12-02T10:02:00.000Z', mine: false } });

    expect(clock.nextTimerAt()).toBe(30_000);
    expect(await nextState(reporter, clock)).toMatchObject({ state: 'held', lock: { expiresAt: '2026-12-02T10:04:00.000Z' } });
    expect(clock.nextTimerAt()).toBe(60_000);

    expect(await chief.takeOver()).toMatchObject({ state: 'held', tookOverFrom: { displayName: 'Chan Mei' }, lock: { holder: { displayName: 'Wong Ka-fai' } } });
    const lost = await nextState(reporter, clock);
    expect(lost.state).toBe('lost');
    expect(lost.state === 'lost' && lost.message).toContain('Wong Ka-fai took over editing');

    await chief.close();
    const seen = await fetch(`${baseUrl}/api/articles/${articleId}/lock`, { headers: { authorization: `Bearer ${tokens['chan-mei']}` } });
    expect(lockStateResponseSchema.parse(await seen.json()).lock).toBeNull();
  });

  it('keeps the lock through a failed renewal by retrying within the lease', async () => {
    const local = new FakeClock();
    const lock = { holder: { username: 'chan-mei', displayName: 'Chan Mei' }, since: '2026-12-02T10:02:00.000Z', expiresAt: '2026-12-02T10:03:30.000Z', mine: true };
    const transport = new FakeTransport(local, (call) => {
      if (call.route === 'articles:lockAcquire') return { ok: true, value: { acquired: true, lockId: 'lease-1', lock, tookOverFrom: null } };
      return { ok: false, error: { kind: 'retryable', code: 'offline', message: 'connect ECONNREFUSED' } };
    });
    const editing = new EditingLock(transport, 'srv-1', local);
    await editing.open();
    expect(await nextState(editing, local)).toMatchObject({ state: 'held', renewFailing: true });
    expect(local.nextTimerAt()).toBe(35_000);
    await editing.close();
    expect(transport.calls.map((call) => call.route)).toEqual(['articles:lockAcquire', 'articles:lockRenew', 'articles:lockRelease']);
    expect(transport.calls[2]?.request.query).toEqual({ lockId: 'lease-1' });
  });
});

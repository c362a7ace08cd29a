import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyResponseSchema, loginResponseSchema, serverArticleSchema } from '../../shared/server-api';
import { readyContent } from './helpers/article-fixtures';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { noPublicationHooks } from '../../server/publishing/publication-hooks';
import { idempotencyKeyLifetimeMs, purgeExpired } from '../../server/workflow/purge-expired';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk, testPassword } from './helpers/test-desk';
import { multipartBody, testJpeg } from './helpers/test-images';

describe.each(databaseTargets())('idempotent retries on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  /** The hash the server stores for a first request, read back from a real claim. */
  async function claimHash(body: unknown): Promise<string> {
    await desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'hash-probe' }, body });
    const row = await desk.database.db.selectFrom('idempotency_keys').select('request_hash').where('idempotency_key', '=', 'hash-probe').executeTakeFirstOrThrow();
    return row.request_hash;
  }

  async function countArticles(): Promise<number> {
    const row = await desk.database.db.selectFrom('articles').select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
    return Number(row.count);
  }

  it('creates an article once however often the same request is retried', async () => {
    const before = await countArticles();
    // One body for every retry (readyContent() gives each call a fresh slug).
    const content = readyContent();
    const send = () => desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'outbox-item-1' }, body: { content } });
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(serverArticleSchema.parse(retry.json()).id).toBe(serverArticleSchema.parse(first.json()).id);
    expect(await countArticles()).toBe(before + 1);
  });

  it('takes a workflow step once when a retry repeats it', async () => {
    const { id } = serverArticleSchema.parse((await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: readyContent() } })).json());
    const submit = () => desk.call('POST', `/api/articles/${id}/transitions`, { as: 'reporter', headers: { 'idempotency-key': `submit-${id}` }, body: { action: 'submit' } });
    const responses = [await submit(), await submit(), await submit()];
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    const history = historyResponseSchema.parse((await desk.call('GET', `/api/articles/${id}/history`, { as: 'reporter' })).json());
    expect(history.items.filter((entry) => entry.action === 'submit')).toHaveLength(1);
    // Without a key, the repeat is a new request: from in_review, submit is the wrong state.
    expect((await desk.call('POST', `/api/articles/${id}/transitions`, { as: 'reporter', body: { action: 'submit' } })).statusCode).toBe(409);
  });

  it('refuses a key reused for a different request, and keeps keys apart per user', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    expect((await desk.call('POST', '/api/articles', { as: 'reporter', headers, body: { content: readyContent('One') } })).statusCode).toBe(201);
    const different = await desk.call('POST', '/api/articles', { as: 'reporter', headers, body: { content: readyContent('Two') } });
    expect(different.statusCode).toBe(422);
    const otherUser = await desk.call('POST', '/api/articles', { as: 'reporter2', headers, body: { content: readyContent('Two') } });
    expect(otherUser.statusCode).toBe(201);
    expect(otherUser.headers['idempotent-replayed']).toBeUndefined();
    expect((await desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'bad key with spaces' }, body: { content: readyContent() } })).statusCode).toBe(400);
  });

  it('replays a refusal too, rather than acting on the retry', async () => {
    const headers = { 'idempotency-key': 'invalid-article' };
    const bad = { content: { ...readyContent(), body: { type: 'doc', content: [{ type: 'script' }] } } };
    const first = await desk.call('POST', '/api/articles', { as: 'reporter', headers, body: bad });
    const retry = await desk.call('POST', '/api/articles', { as: 'reporter', headers, body: bad });
    expect([first.statusCode, retry.statusCode]).toEqual([400, 400]);
    expect(retry.body).toBe(first.body);
  });

  it('stores one image for a retried upload', async () => {
    const multipart = multipartBody(await testJpeg(), 'photo.jpg');
    const send = () =>
      desk.app.inject({
        method: 'POST',
        url: '/api/media',
        payload: multipart.body,
        headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.photo_editor}`, 'idempotency-key': 'upload-1' },
      });
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const media = await desk.database.db.selectFrom('media').select('id').execute();
    expect(media).toHaveLength(1);
  });

  it('never stores or replays a sign-in, even with a bearer token and an Idempotency-Key', async () => {
    const signIn = () =>
      desk.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'chief-editor', password: testPassword },
        headers: { authorization: `Bearer ${desk.tokens.chief_editor}`, 'idempotency-key': 'sign-in-1' },
      });
    const first = await signIn();
    const second = await signIn();
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    const firstToken = loginResponseSchema.parse(first.json()).token;
    expect(loginResponseSchema.parse(second.json()).token).not.toBe(firstToken);
    const stored = await desk.database.db.selectFrom('idempotency_keys').select(['idempotency_key', 'response_body']).execute();
    expect(stored.filter((row) => row.idempotency_key === 'sign-in-1')).toEqual([]);
    expect(stored.some((row) => row.response_body?.includes(firstToken))).toBe(false);
  });

  it('binds an upload key to the file bytes: a different file of the same size is refused, not answered with the first image', async () => {
    const first = await testJpeg({ width: 40, height: 30 });
    const second = Buffer.from(first);
    // Same length, different bytes (inside the JPEG's trailing padding sharp ignores).
    second[second.length - 3] = (second[second.length - 3] ?? 0) ^ 0xff;
    const send = (bytes: Buffer) => {
      const multipart = multipartBody(bytes, 'same-size.jpg');
      return desk.app.inject({
        method: 'POST',
        url: '/api/media',
        payload: multipart.body,
        headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.photo_editor}`, 'idempotency-key': 'upload-same-size' },
      });
    };
    expect((await send(first)).statusCode).toBe(201);
    const other = await send(second);
    expect(other.statusCode).toBe(422);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('answers 409 while the first request holds the key, and lets a retry take over an abandoned claim', async () => {
    const user = await desk.database.db.selectFrom('users').select('id').where('username', '=', 'reporter').executeTakeFirstOrThrow();
    const body = { content: readyContent('Claimed') };
    const hash = await claimHash(body);
    const pending = (key: string, createdAt: string) =>
      desk.database.db
        .insertInto('idempotency_keys')
        .values({ user_id: user.id, idempotency_key: key, request_hash: hash, status_code: null, content_type: null, response_body: null, created_at: createdAt })
        .execute();
    await pending('in-flight', desk.clock.now.toISOString());
    await pending('abandoned', new Date(desk.clock.now.getTime() - 3 * 60 * 1000).toISOString());
    const busy = await desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'in-flight' }, body });
    expect(busy.statusCode).toBe(409);
    // Unlike a stale-revision 409, this one says "wait": the outbox retries it instead of stopping.
    expect(busy.headers['retry-after']).toBe('1');
    const resumed = await desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'abandoned' }, body });
    expect(resumed.statusCode).toBe(201);
    const replay = await desk.call('POST', '/api/articles', { as: 'reporter', headers: { 'idempotency-key': 'abandoned' }, body });
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });

  it('forgets keys after their lifetime, and purges expired sessions', async () => {
    const context = { db: desk.database.db, hooks: noPublicationHooks, media: localMediaStorage(desk.database.dataDir), now: () => desk.clock.now };
    const headers = { 'idempotency-key': 'old-key' };
    const send = () => desk.call('POST', '/api/articles', { as: 'admin', headers, body: { content: readyContent() } });
    const first = await send();
    const sessionsBefore = await desk.database.db.selectFrom('sessions').select('token_hash').execute();
    desk.clock.now = new Date(desk.clock.now.getTime() + idempotencyKeyLifetimeMs + 1000);
    try {
      await purgeExpired(context);
      const sessionsAfter = await desk.database.db.selectFrom('sessions').select('token_hash').execute();
      expect(sessionsBefore.length).toBeGreaterThan(0);
      expect(sessionsAfter).toEqual([]);
      const keys = await desk.database.db.selectFrom('idempotency_keys').select('idempotency_key').where('idempotency_key', '=', 'old-key').execute();
      expect(keys).toEqual([]);
    } finally {
      desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
    }
    expect(first.statusCode).toBe(201);
  });
});

import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../server/app';
import { openDatabase } from '../../server/db/open-database';
import type { OpenedDatabase } from '../../server/db/open-database';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { lockAcquireResponseSchema, lockStateResponseSchema, serverArticleSchema, serverErrorSchema } from '../../shared/server-api';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';

type Caller = 'reporter' | 'reporter2' | 'photo_editor' | 'chief_editor' | 'admin';

describe.each(databaseTargets())('soft locks on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  async function newArticle(): Promise<string> {
    const response = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: readyContent() } });
    return serverArticleSchema.parse(response.json()).id;
  }
  async function acquire(id: string, as: Caller, takeOver = false) {
    const response = await desk.call('POST', `/api/articles/${id}/lock`, { as, body: { takeOver } });
    expect(response.statusCode, response.body).toBe(200);
    return lockAcquireResponseSchema.parse(response.json());
  }
  async function lockOf(id: string, as: Caller) {
    const response = await desk.call('GET', `/api/articles/${id}/lock`, { as });
    return lockStateResponseSchema.parse(response.json()).lock;
  }
  const renew = (id: string, as: Caller, lockId: string) => desk.call('PUT', `/api/articles/${id}/lock`, { as, body: { lockId } });
  const later = (ms: number) => (desk.clock.now = new Date(desk.clock.now.getTime() + ms));

  it('shows others who is editing and since when, and does not hand the lock to them', async () => {
    const id = await newArticle();
    const start = desk.clock.now.toISOString();
    const mine = await acquire(id, 'reporter');
    expect(mine).toMatchObject({ acquired: true, tookOverFrom: null, lock: { holder: { username: 'reporter', displayName: 'reporter' }, since: start, mine: true } });
    later(10_000);
    expect(await lockOf(id, 'chief_editor')).toEqual({ holder: { username: 'reporter', displayName: 'reporter' }, since: start, expiresAt: '2026-11-28T09:01:30.000Z', mine: false });
    const refused = await acquire(id, 'chief_editor');
    expect(refused).toEqual({ acquired: false, lock: { holder: { username: 'reporter', displayName: 'reporter' }, since: start, expiresAt: '2026-11-28T09:01:30.000Z', mine: false } });
  });

  it('lasts while renewed every 30 s and lapses 90 s after the last renewal (fake clock)', async () => {
    desk.clock.now = new Date('2026-11-28T10:00:00.000Z');
    const id = await newArticle();
    const taken = await acquire(id, 'reporter');
    if (!taken.acquired) throw new Error('expected the lock');
    for (let round = 0; round < 4; round += 1) {
      later(30_000);
      expect((await renew(id, 'reporter', taken.lockId)).statusCode).toBe(200);
    }
    // Two minutes in, renewed at 10:02:00: held until 10:03:30, and still "since 10:00".
    later(89_000);
    expect(await lockOf(id, 'chief_editor')).toMatchObject({ since: '2026-11-28T10:00:00.000Z', expiresAt: '2026-11-28T10:03:30.000Z' });
    expect((await acquire(id, 'chief_editor')).acquired).toBe(false);
    later(1_000);
    expect(await lockOf(id, 'chief_editor')).toBeNull();
    // A lapsed lease is free: taking it is not a takeover, and nobody is told.
    const next = await acquire(id, 'chief_editor');
    expect(next).toMatchObject({ acquired: true, tookOverFrom: null, lock: { since: '2026-11-28T10:03:30.000Z' } });
    const events = await desk.database.db.selectFrom('article_events').select('action').where('article_id', '=', id).execute();
    expect(events.map((event) => event.action)).toEqual(['create']);
  });

  it('takes over on request, tells the holder (an event addressed to them), and refuses the old renewal', async () => {
    const id = await newArticle();
    const first = await acquire(id, 'reporter');
    if (!first.acquired) throw new Error('expected the lock');
    later(5_000);
    const taken = await acquire(id, 'chief_editor', true);
    expect(taken).toMatchObject({ acquired: true, tookOverFrom: { username: 'reporter', displayName: 'reporter' }, lock: { holder: { username: 'chief-editor' } } });

    const users = await desk.database.db.selectFrom('users').select(['id', 'username']).execute();
    const userId = (name: string) => users.find((user) => user.username === name)?.id;
    const events = await desk.database.db.selectFrom('article_events').select(['action', 'actor_id', 'subject_id']).where('article_id', '=', id).orderBy('id').execute();
    expect(events).toEqual([
      { action: 'create', actor_id: userId('reporter'), subject_id: null },
      { action: 'lock_taken_over', actor_id: userId('chief-editor'), subject_id: userId('reporter') },
    ]);

    const lost = await renew(id, 'reporter', first.lockId);
    expect(lost.statusCode).toBe(409);
    const error = serverErrorSchema.parse(lost.json()).error;
    expect(error.code).toBe('locked');
    expect(error.message).toContain('chief_editor took over editing');
    // The old holder's release does not free the new holder's lease.
    expect((await desk.call('DELETE', `/api/articles/${id}/lock?lockId=${first.lockId}`, { as: 'reporter' })).statusCode).toBe(204);
    expect(await lockOf(id, 'reporter')).toMatchObject({ holder: { username: 'chief-editor' } });
    if (!taken.acquired) throw new Error('expected the lock');
    expect((await desk.call('DELETE', `/api/articles/${id}/lock?lockId=${taken.lockId}`, { as: 'chief_editor' })).statusCode).toBe(204);
    expect(await lockOf(id, 'reporter')).toBeNull();
  });

  it('lets only people who may edit the article take its lock', async () => {
    const id = await newArticle();
    const stranger = await desk.call('POST', `/api/articles/${id}/lock`, { as: 'reporter2', body: { takeOver: true } });
    expect(stranger.statusCode).toBe(403);
    // The photo desk edits images only once the story is in review.
    expect((await desk.call('POST', `/api/articles/${id}/lock`, { as: 'photo_editor', body: {} })).statusCode).toBe(403);
    expect((await desk.call('POST', '/api/articles/no-such-article/lock', { as: 'chief_editor', body: {} })).statusCode).toBe(404);
    expect((await desk.call('GET', '/api/articles/no-such-article/lock', { as: 'chief_editor' })).statusCode).toBe(404);
    // Another person's lease cannot be renewed with a guessed or stolen lock id.
    const held = await acquire(id, 'reporter');
    if (!held.acquired) throw new Error('expected the lock');
    expect((await renew(id, 'chief_editor', held.lockId)).statusCode).toBe(409);
    expect((await desk.call('PUT', `/api/articles/${id}/lock`, { as: 'reporter', body: { lockId: '' } })).statusCode).toBe(400);
  });

  describe('two server instances on one database', () => {
    let second: OpenedDatabase;
    let other: FastifyInstance;
    beforeAll(async () => {
      second = openDatabase(desk.database.url ? { databaseUrl: desk.database.url, sqliteFile: '' } : { sqliteFile: join(desk.database.dataDir, 'newsroom.sqlite') });
      other = await buildServerApp({ db: second.db, media: localMediaStorage(join(desk.database.dataDir, 'media')), now: () => desk.clock.now });
    });
    afterAll(async () => {
      await other?.close();
      await second?.db.destroy();
    });

    it('agree on one holder when several people open the article at once', async () => {
      const id = await newArticle();
      const callers: Caller[] = ['reporter', 'chief_editor', 'admin', 'chief_editor', 'admin', 'reporter'];
      const answers = await Promise.all(
        callers.map(async (as, index) => {
          const headers = { authorization: `Bearer ${desk.tokens[as]}`, 'content-type': 'application/json' };
          const app = index % 2 === 0 ? desk.app : other;
          const response = await app.inject({ method: 'POST', url: `/api/articles/${id}/lock`, headers, payload: '{}' });
          expect(response.statusCode, response.body).toBe(200);
          return lockAcquireResponseSchema.parse(response.json());
        }),
      );
      const winners = answers.filter((answer) => answer.acquired);
      expect(winners).toHaveLength(1);
      const holder = winners[0]?.lock.holder;
      for (const answer of answers) expect(answer.lock.holder).toEqual(holder);
      const seenByOther = await other.inject({ method: 'GET', url: `/api/articles/${id}/lock`, headers: { authorization: `Bearer ${desk.tokens.reporter2}` } });
      expect(lockStateResponseSchema.parse(seenByOther.json()).lock?.holder).toEqual(holder);
    });
  });
});

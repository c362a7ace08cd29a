import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerArticle } from '../../shared/server-api';
import { serverArticleSchema, serverErrorSchema } from '../../shared/server-api';
import {
  diffBaseResponseSchema,
  notificationListResponseSchema,
  notificationSchema,
  peopleListResponseSchema,
  personWithPasswordSchema,
  photoQueueResponseSchema,
  reviewQueueResponseSchema,
  revisionListResponseSchema,
  revisionResponseSchema,
} from '../../shared/server-api-review';
import { readyContent } from './helpers/article-fixtures';
import { readSse } from './helpers/read-sse';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk, testPassword } from './helpers/test-desk';

type As = 'reporter' | 'reporter2' | 'photo_editor' | 'chief_editor' | 'admin';

describe.each(databaseTargets())('review desk server on %s', (target) => {
  let desk: TestDesk;
  let baseUrl: string;
  beforeAll(async () => {
    desk = await createTestDesk(target);
    baseUrl = await desk.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => desk?.close());

  async function create(content = readyContent(), as: As = 'reporter'): Promise<ServerArticle> {
    const response = await desk.call('POST', '/api/articles', { as, body: { content } });
    expect(response.statusCode, response.body).toBe(201);
    return serverArticleSchema.parse(response.json());
  }
  const step = (id: string, body: Record<string, unknown>, as: As = 'chief_editor') => desk.call('POST', `/api/articles/${id}/transitions`, { as, body });
  async function submitted(content = readyContent(), as: As = 'reporter'): Promise<ServerArticle> {
    const article = await create(content, as);
    expect((await step(article.id, { action: 'submit' }, as)).statusCode).toBe(200);
    return article;
  }
  const save = (id: string, revision: number, content: unknown, as: As = 'reporter') => desk.call('PUT', `/api/articles/${id}`, { as, headers: { 'if-match': String(revision) }, body: { content } });

  it('refuses approve, schedule and publish without the revision read (400) and a stale one (409 with currentRevision)', async () => {
    const article = await submitted();
    const missing = await step(article.id, { action: 'approve' });
    expect(missing.statusCode).toBe(400);
    expect(serverErrorSchema.parse(missing.json()).error.message).toMatch(/revision/);
    // The reporter edits while the chief editor reads revision 1.
    expect((await save(article.id, 1, { ...readyContent(), slug: article.slug, headline: 'Ferry fares to rise by 7 per cent' })).statusCode).toBe(200);
    const stale = await step(article.id, { action: 'approve', revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(serverErrorSchema.parse(stale.json()).error.currentRevision).toBe(2);
    const current = serverArticleSchema.parse((await desk.call('GET', `/api/articles/${article.id}`, { as: 'chief_editor' })).json());
    expect(current).toMatchObject({ status: 'in_review', approvals: [] });
    expect((await step(article.id, { action: 'approve', revision: 2 })).statusCode).toBe(200);
    expect((await step(article.id, { action: 'schedule', publishAt: '2026-11-29T09:00:00+08:00' })).statusCode).toBe(400);
    expect((await step(article.id, { action: 'publish' })).statusCode).toBe(400);
  });

  it('requires a note to request changes or unpublish, refuses a schedule in the past and keeps the instant given with an offset', async () => {
    const article = await submitted();
    const noNote = await step(article.id, { action: 'request_changes' });
    expect(noNote.statusCode).toBe(400);
    expect(serverErrorSchema.parse(noNote.json()).error.details).toEqual(['note: required']);
    expect((await step(article.id, { action: 'request_changes', note: '   ' })).statusCode).toBe(400);
    expect((await step(article.id, { action: 'approve', revision: 1 })).statusCode).toBe(200);
    // The clock is 2026-11-28T09:00Z = 17:00 in Hong Kong: 16:59 there is in the past.
    expect((await step(article.id, { action: 'schedule', revision: 1, publishAt: '2026-11-28T16:59:00+08:00' })).statusCode).toBe(400);
    // 2 a.m. in New York on the day clocks go forward there (2027-03-14): the instant, not the wall time, is kept.
    const scheduled = await step(article.id, { action: 'schedule', revision: 1, publishAt: '2027-03-14T03:30:00-04:00' });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(serverArticleSchema.parse(scheduled.json()).publishAt).toBe('2027-03-14T07:30:00.000Z');
    expect((await step(article.id, { action: 'publish', revision: 1 })).statusCode).toBe(200);
    expect((await step(article.id, { action: 'unpublish' })).statusCode).toBe(400);
    expect((await step(article.id, { action: 'unpublish', note: 'Legal hold' })).statusCode).toBe(200);
  });

  it('publishes once when two desks press publish at the same moment', async () => {
    const article = await submitted();
    expect((await step(article.id, { action: 'approve', revision: 1 })).statusCode).toBe(200);
    const [first, second] = await Promise.all([step(article.id, { action: 'publish', revision: 1 }), step(article.id, { action: 'publish', revision: 1 }, 'admin')]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    const history = (await desk.call('GET', `/api/articles/${article.id}/history`, { as: 'admin' })).json<{ items: { action: string }[] }>();
    expect(history.items.filter((entry) => entry.action === 'publish')).toHaveLength(1);
  });

  it('refuses a photo editor changing text through the API with 403, and accepts a caption change', async () => {
    const article = await submitted();
    const text = await save(article.id, 1, { ...readyContent(), slug: article.slug, standfirst: 'Rewritten by the photo desk' }, 'photo_editor');
    expect(text.statusCode).toBe(403);
    const leadImage = article.leadImage ? { ...article.leadImage, caption: 'The Star Ferry at Central.' } : null;
    const caption = await save(article.id, 1, { ...readyContent(), slug: article.slug, leadImage }, 'photo_editor');
    expect(caption.statusCode, caption.body).toBe(200);
  });

  it('keeps every revision, serves each, restores one as a new revision and gives the diff base', async () => {
    const content = readyContent();
    const article = await submitted(content);
    const firstBase = diffBaseResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/diff-base`, { as: 'chief_editor' })).json());
    expect(firstBase).toEqual({ baseRevision: 1, basis: 'submitted', currentRevision: 1 });
    expect((await step(article.id, { action: 'approve', revision: 1 })).statusCode).toBe(200);
    expect((await save(article.id, 1, { ...content, headline: 'Second headline' }, 'chief_editor')).statusCode).toBe(200);
    expect((await save(article.id, 2, { ...content, headline: 'Third headline' }, 'chief_editor')).statusCode).toBe(200);
    const list = revisionListResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/revisions`, { as: 'reporter' })).json());
    expect(list.items.map((item) => [item.revision, item.headline, item.author])).toEqual([
      [3, 'Third headline', 'chief-editor'],
      [2, 'Second headline', 'chief-editor'],
      [1, content.headline, 'reporter'],
    ]);
    const one = revisionResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/revisions/1`, { as: 'reporter' })).json());
    expect(one.content).toEqual(content);
    expect((await desk.call('GET', `/api/articles/${article.id}/revisions/9`, { as: 'reporter' })).statusCode).toBe(404);
    expect(diffBaseResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/diff-base`, { as: 'chief_editor' })).json())).toEqual({ baseRevision: 1, basis: 'approved', currentRevision: 3 });

    const staleRestore = await desk.call('POST', `/api/articles/${article.id}/revisions/1/restore`, { as: 'chief_editor', body: { revision: 2 } });
    expect(staleRestore.statusCode).toBe(409);
    const restored = await desk.call('POST', `/api/articles/${article.id}/revisions/1/restore`, { as: 'chief_editor', body: { revision: 3 } });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(serverArticleSchema.parse(restored.json())).toMatchObject({ revision: 4, headline: content.headline });
    const history = (await desk.call('GET', `/api/articles/${article.id}/history`, { as: 'admin' })).json<{ items: { action: string; note: string | null; revision: number }[] }>();
    expect(history.items.at(-1)).toMatchObject({ action: 'restore', revision: 4, note: 'Restored revision 1.' });
  });

  it('lists the review queues with counts, filters and sorts', async () => {
    const section = 'world';
    const a = await submitted({ ...readyContent('Alpha queue story'), section });
    desk.clock.now = new Date(desk.clock.now.getTime() + 1000);
    const b = await submitted({ ...readyContent('Bravo queue story'), section }, 'reporter2');
    desk.clock.now = new Date(desk.clock.now.getTime() + 1000);
    const c = await submitted({ ...readyContent('Charlie queue story'), section });
    expect((await step(c.id, { action: 'request_changes', note: 'Needs a source' })).statusCode).toBe(200);
    expect((await step(b.id, { action: 'approve', revision: 1 })).statusCode).toBe(200);
    const queue = (query: string) => desk.call('GET', `/api/review/queue?section=${section}&${query}`, { as: 'chief_editor' });
    const waiting = reviewQueueResponseSchema.parse((await queue('queue=waiting&sort=headline&order=asc')).json());
    expect(waiting.items.map((item) => item.id)).toEqual([a.id]);
    expect(waiting.counts).toEqual({ waiting: 1, approved: 1, scheduled: 0, published_today: 0, returned: 1 });
    const byAuthor = reviewQueueResponseSchema.parse((await queue('queue=approved&author=reporter2')).json());
    expect(byAuthor.items.map((item) => item.headline)).toEqual(['Bravo queue story']);
    expect(byAuthor.counts.waiting).toBe(0);
    expect((await step(b.id, { action: 'publish', revision: 1 })).statusCode).toBe(200);
    const today = reviewQueueResponseSchema.parse((await queue('queue=published_today')).json());
    expect(today.items.map((item) => item.id)).toEqual([b.id]);
    // 16:00Z is already the next day in Hong Kong (midnight there): no longer "today".
    const saved = desk.clock.now;
    desk.clock.now = new Date('2026-11-28T16:00:00.000Z');
    expect(reviewQueueResponseSchema.parse((await queue('queue=published_today')).json()).total).toBe(0);
    desk.clock.now = saved;
    expect((await queue('queue=nonsense')).statusCode).toBe(400);
  });

  it('gives the photo desk its queue, oldest first with the note, and "Photos done" tells the reporter', async () => {
    const older = await create(readyContent('Older photo request'));
    desk.clock.now = new Date(desk.clock.now.getTime() + 1000);
    const newer = await create(readyContent('Newer photo request'));
    for (const [article, note] of [[older, 'Need a pier shot'], [newer, 'A bus please']] as const) {
      expect((await desk.call('POST', `/api/articles/${article.id}/needs-photos`, { as: 'reporter', body: { needsPhotos: true, note } })).statusCode).toBe(200);
    }
    // The photo desk is told of each request, with the reporter's note.
    const asked = notificationListResponseSchema.parse((await desk.call('GET', '/api/notifications', { as: 'photo_editor' })).json());
    expect(asked.items.filter((item) => item.action === 'needs_photos').slice(0, 2).map((item) => [item.articleId, item.note, item.actor])).toEqual([[newer.id, 'A bus please', 'reporter'], [older.id, 'Need a pier shot', 'reporter']]);
    const queue = photoQueueResponseSchema.parse((await desk.call('GET', '/api/photos/queue', { as: 'photo_editor' })).json());
    const mine = queue.items.filter((item) => item.id === older.id || item.id === newer.id);
    expect(mine.map((item) => [item.headline, item.requestNote])).toEqual([['Older photo request', 'Need a pier shot'], ['Newer photo request', 'A bus please']]);
    const before = notificationListResponseSchema.parse((await desk.call('GET', '/api/notifications', { as: 'reporter' })).json()).unread;
    expect((await desk.call('POST', `/api/articles/${older.id}/photos-done`, { as: 'photo_editor', body: {} })).statusCode).toBe(200);
    const after = notificationListResponseSchema.parse((await desk.call('GET', '/api/notifications', { as: 'reporter' })).json());
    expect(after.unread).toBe(before + 1);
    expect(after.items[0]).toMatchObject({ articleId: older.id, action: 'photos_done', actor: 'photo_editor', read: false });
    const left = photoQueueResponseSchema.parse((await desk.call('GET', '/api/photos/queue', { as: 'photo_editor' })).json());
    expect(left.items.some((item) => item.id === older.id)).toBe(false);
    const marked = await desk.call('POST', '/api/notifications/read', { as: 'reporter', body: { seqs: [after.items[0]?.seq ?? -1] } });
    expect(marked.json()).toEqual({ marked: 1, unread: before });
  });

  it('lets an admin create, list, re-role, disable and reset accounts; the password is shown once and never stored', async () => {
    const created = await desk.call('POST', '/api/people', { as: 'admin', body: { username: 'new-reporter', displayName: 'New Reporter', role: 'reporter' }, headers: { 'idempotency-key': 'people-create-1' } });
    expect(created.statusCode, created.body).toBe(201);
    const { password, person } = personWithPasswordSchema.parse(created.json());
    const login = await desk.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'new-reporter', password } });
    expect(login.statusCode).toBe(201);
    const stored = await desk.database.db.selectFrom('idempotency_keys').select('response_body').execute();
    expect(stored.some((row) => row.response_body?.includes(password))).toBe(false);
    expect((await desk.call('PUT', '/api/people/new-reporter/role', { as: 'admin', body: { role: 'photo_editor' } })).json()).toMatchObject({ role: 'photo_editor' });
    const reset = personWithPasswordSchema.parse((await desk.call('POST', '/api/people/new-reporter/reset-password', { as: 'admin' })).json());
    expect(reset.password).not.toBe(password);
    const oldToken = login.json<{ token: string }>().token;
    expect((await desk.app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${oldToken}` } })).statusCode).toBe(401);
    expect((await desk.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'new-reporter', password } })).statusCode).toBe(401);
    expect((await desk.call('POST', '/api/people/new-reporter/disable', { as: 'admin' })).json()).toMatchObject({ disabled: true });
    const people = peopleListResponseSchema.parse((await desk.call('GET', '/api/people', { as: 'admin' })).json());
    expect(people.items.find((item) => item.id === person.id)).toMatchObject({ role: 'photo_editor', disabled: true });
    const audit = await desk.database.db.selectFrom('people_audit').select(['action', 'username', 'detail']).where('username', '=', 'new-reporter').orderBy('id').execute();
    expect(audit.map((row) => row.action)).toEqual(['create', 'set_role', 'reset_password', 'disable']);
    expect(JSON.stringify(audit)).not.toContain(password);
    expect((await desk.call('POST', '/api/people/nobody-here/disable', { as: 'admin' })).statusCode).toBe(404);
    expect((await desk.call('POST', '/api/people/admin/disable', { as: 'admin' })).statusCode).toBe(409);
    expect((await desk.call('PUT', '/api/people/admin/role', { as: 'admin', body: { role: 'reporter' } })).statusCode).toBe(409);
  });

  it('streams events with ids; a dropped stream resumes after Last-Event-ID in order, once', async () => {
    const article = await submitted();
    const stream = `${baseUrl}/api/events/stream`;
    const live = readSse(stream, desk.tokens.reporter, { count: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await step(article.id, { action: 'request_changes', note: 'First note' })).statusCode).toBe(200);
    const first = await live;
    expect(first.events).toHaveLength(1);
    const firstEvent = notificationSchema.parse(JSON.parse(first.events[0]?.data ?? 'null'));
    expect(firstEvent).toMatchObject({ articleId: article.id, action: 'request_changes', note: 'First note' });
    expect(first.events[0]?.id).toBe(String(firstEvent.seq));

    // Disconnected: three more things happen, then the desk comes back with the last id it saw.
    expect((await step(article.id, { action: 'submit' }, 'reporter')).statusCode).toBe(200);
    expect((await step(article.id, { action: 'request_changes', note: 'Second note' })).statusCode).toBe(200);
    expect((await step(article.id, { action: 'submit' }, 'reporter')).statusCode).toBe(200);
    expect((await step(article.id, { action: 'approve', revision: 1 })).statusCode).toBe(200);
    const resumed = await readSse(stream, desk.tokens.reporter, { count: 2, lastEventId: first.events[0]?.id ?? '', timeoutMs: 3000 });
    expect(resumed.events.map((event) => notificationSchema.parse(JSON.parse(event.data)).action)).toEqual(['request_changes', 'approve']);
    const again = await readSse(stream, desk.tokens.reporter, { count: 3, lastEventId: first.events[0]?.id ?? '', timeoutMs: 1000 });
    expect(again.events.map((event) => event.id)).toEqual(resumed.events.map((event) => event.id));
    expect((await desk.app.inject({ method: 'GET', url: '/api/events/stream' })).statusCode).toBe(401);
    expect((await desk.call('GET', '/api/events/stream', { as: 'reporter', headers: { 'last-event-id': 'abc' } })).statusCode).toBe(400);
  });

  it('a desk offline for a day catches up on everything it missed, in order, once', async () => {
    const articles = await Promise.all([submitted(readyContent('Offline one'), 'reporter2'), submitted(readyContent('Offline two'), 'reporter2')]);
    const start = (await readSse(`${baseUrl}/api/events/stream?after=0`, desk.tokens.reporter2, { count: 1000, timeoutMs: 500 })).events.at(-1)?.id ?? '0';
    const expected: string[] = [];
    // Sessions last 12 hours: the others sign in again through the day, as people do.
    const signIn = async (username: string) => (await desk.app.inject({ method: 'POST', url: '/api/session', payload: { username, password: testPassword } })).json<{ token: string }>().token;
    const as = async (token: string, id: string, body: Record<string, unknown>) => {
      const response = await desk.app.inject({ method: 'POST', url: `/api/articles/${id}/transitions`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      expect(response.statusCode, response.body).toBe(200);
    };
    for (let hour = 0; hour < 24; hour += 1) {
      desk.clock.now = new Date(desk.clock.now.getTime() + 60 * 60 * 1000);
      const article = articles[hour % 2];
      if (!article) continue;
      await as(await signIn('chief-editor'), article.id, { action: 'request_changes', note: `Hour ${hour}` });
      await as(await signIn('reporter2'), article.id, { action: 'submit' });
      expected.push(`${article.id} Hour ${hour}`);
    }
    const caughtUp = await readSse(`${baseUrl}/api/events/stream`, await signIn('reporter2'), { count: 24, lastEventId: start, timeoutMs: 4000 });
    const got = caughtUp.events.map((event) => notificationSchema.parse(JSON.parse(event.data)));
    expect(got.map((item) => `${item.articleId} ${item.note}`)).toEqual(expected);
    const seqs = got.map((item) => item.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(24);
  });
});

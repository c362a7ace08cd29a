import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerArticle } from '../../shared/server-api';
import { historyResponseSchema, serverArticleSchema, serverErrorSchema } from '../../shared/server-api';
import type { PublicationHooks } from '../../server/publishing/publication-hooks';
import { publishDueArticles } from '../../server/workflow/publish-due-articles';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { readyContent, unreadyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';

describe.each(databaseTargets())('article workflow on %s', (target) => {
  let desk: TestDesk;
  const hookCalls: { hook: string; id: string; status: string; inTransaction: boolean }[] = [];
  const hooks: PublicationHooks = {
    async published(article, trx) {
      hookCalls.push({ hook: 'published', id: article.id, status: article.status, inTransaction: trx.isTransaction });
    },
    async corrected(article, trx) {
      hookCalls.push({ hook: 'corrected', id: article.id, status: article.status, inTransaction: trx.isTransaction });
    },
    async unpublished(article, trx) {
      hookCalls.push({ hook: 'unpublished', id: article.id, status: article.status, inTransaction: trx.isTransaction });
    },
  };

  beforeAll(async () => {
    desk = await createTestDesk(target, { hooks });
  });
  afterAll(async () => desk?.close());

  async function create(content = readyContent(), as: 'reporter' | 'reporter2' = 'reporter'): Promise<ServerArticle> {
    const response = await desk.call('POST', '/api/articles', { as, body: { content } });
    expect(response.statusCode).toBe(201);
    return serverArticleSchema.parse(response.json());
  }
  async function step(id: string, body: Record<string, unknown>, as: 'reporter' | 'chief_editor' | 'photo_editor' | 'admin' | 'reporter2' = 'chief_editor') {
    return desk.call('POST', `/api/articles/${id}/transitions`, { as, body });
  }

  it('runs from draft through review, approval, publishing, correction and unpublishing, with a history', async () => {
    const article = await create();
    expect(article).toMatchObject({ status: 'draft', revision: 1, author: 'reporter', assignee: 'reporter' });

    expect((await step(article.id, { action: 'submit' }, 'reporter')).json()).toMatchObject({ status: 'in_review' });
    expect((await step(article.id, { action: 'request_changes', note: 'Add a quote from the operator' })).json()).toMatchObject({ status: 'changes_requested' });
    expect((await step(article.id, { action: 'submit' }, 'reporter')).json()).toMatchObject({ status: 'in_review' });
    const approved = await step(article.id, { action: 'approve', revision: 1 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvals: [{ by: 'chief-editor', revision: 1 }] });
    const published = await step(article.id, { action: 'publish', revision: 1 });
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(serverArticleSchema.parse(published.json()).publishedAt).toBe(desk.clock.now.toISOString());

    // A correction: the chief editor edits the live article, then republishes it with a note.
    const edited = await desk.call('PUT', `/api/articles/${article.id}`, {
      as: 'chief_editor',
      headers: { 'if-match': '"1"' },
      body: { content: { ...readyContent(), standfirst: 'Operators cite fuel and wage costs' } },
    });
    expect(edited.json()).toMatchObject({ status: 'published', revision: 2 });
    expect((await step(article.id, { action: 'correct' })).statusCode).toBe(400);
    expect((await step(article.id, { action: 'correct', note: 'Wage costs added' })).json()).toMatchObject({ status: 'corrected' });
    expect((await step(article.id, { action: 'unpublish', note: 'Legal hold' }, 'admin')).json()).toMatchObject({ status: 'unpublished' });

    expect(hookCalls.filter((call) => call.id === article.id)).toEqual([
      { hook: 'published', id: article.id, status: 'published', inTransaction: true },
      { hook: 'corrected', id: article.id, status: 'corrected', inTransaction: true },
      { hook: 'unpublished', id: article.id, status: 'unpublished', inTransaction: true },
    ]);

    const history = historyResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/history`, { as: 'photo_editor' })).json());
    expect(history.items.map((entry) => [entry.action, entry.from, entry.to, entry.revision, entry.actor])).toEqual([
      ['create', null, 'draft', 1, 'reporter'],
      ['submit', 'draft', 'in_review', 1, 'reporter'],
      ['request_changes', 'in_review', 'changes_requested', 1, 'chief-editor'],
      ['submit', 'changes_requested', 'in_review', 1, 'reporter'],
      ['approve', 'in_review', 'approved', 1, 'chief-editor'],
      ['publish', 'approved', 'published', 1, 'chief-editor'],
      ['edit', 'published', 'published', 2, 'chief-editor'],
      ['correct', 'published', 'corrected', 2, 'chief-editor'],
      ['unpublish', 'corrected', 'unpublished', 2, 'admin'],
    ]);
    expect(history.items[2]?.note).toBe('Add a quote from the operator');
  });

  it('refuses a step from the wrong state with 409 and from the wrong role with 403', async () => {
    const article = await create();
    const early = await step(article.id, { action: 'publish', revision: 1 });
    expect(early.statusCode).toBe(409);
    expect(serverErrorSchema.parse(early.json()).error.code).toBe('conflict');
    await step(article.id, { action: 'submit' }, 'reporter');
    const selfApproval = await step(article.id, { action: 'approve', revision: 1 }, 'reporter');
    expect(selfApproval.statusCode).toBe(403);
    const otherReporter = await create(readyContent(), 'reporter2');
    expect((await step(otherReporter.id, { action: 'submit' }, 'reporter')).statusCode).toBe(403);
    const hookCount = hookCalls.length;
    expect((await step(article.id, { action: 'unpublish', note: 'Legal hold' })).statusCode).toBe(409);
    expect(hookCalls.length).toBe(hookCount);
  });

  it('refuses approval with 422 and the checklist problems when the article is not ready', async () => {
    const article = await create(unreadyContent());
    await step(article.id, { action: 'submit' }, 'reporter');
    const refused = await step(article.id, { action: 'approve', revision: 1 });
    expect(refused.statusCode).toBe(422);
    const body = serverErrorSchema.parse(refused.json());
    expect(body.error.code).toBe('checklist_failed');
    expect(body.error.problems?.map((problem) => problem.code).sort()).toEqual(['lead_image_missing', 'tags_missing']);
    const current = serverArticleSchema.parse((await desk.call('GET', `/api/articles/${article.id}`, { as: 'chief_editor' })).json());
    expect(current.status).toBe('in_review');
    expect(current.approvals).toEqual([]);
  });

  it('voids an approval when the article is edited afterwards', async () => {
    const article = await create();
    await step(article.id, { action: 'submit' }, 'reporter');
    expect((await step(article.id, { action: 'approve', revision: 1 })).json()).toMatchObject({ status: 'approved' });
    const edited = await desk.call('PUT', `/api/articles/${article.id}`, {
      as: 'chief_editor',
      headers: { 'if-match': '1' },
      body: { content: { ...readyContent(), headline: 'Harbour ferry fares to rise in February' } },
    });
    expect(edited.statusCode).toBe(200);
    const after = serverArticleSchema.parse(edited.json());
    expect(after.status).toBe('in_review');
    expect(after.revision).toBe(2);
    expect(after.approvals.some((approval) => approval.revision === after.revision)).toBe(false);
    expect((await step(article.id, { action: 'publish', revision: 2 })).statusCode).toBe(409);
    // Approving the old revision explicitly is refused as stale.
    const stale = await step(article.id, { action: 'approve', revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(serverErrorSchema.parse(stale.json()).error.currentRevision).toBe(2);
  });

  it('refuses a save against a stale revision with 409 and the current revision, and without If-Match', async () => {
    const article = await create();
    const first = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'reporter', headers: { 'if-match': '1' }, body: { content: readyContent('First editor') } });
    expect(first.statusCode).toBe(200);
    const second = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'reporter', headers: { 'if-match': '1' }, body: { content: readyContent('Second editor') } });
    expect(second.statusCode).toBe(409);
    expect(serverErrorSchema.parse(second.json()).error).toMatchObject({ code: 'conflict', currentRevision: 2 });
    const current = serverArticleSchema.parse((await desk.call('GET', `/api/articles/${article.id}`, { as: 'reporter' })).json());
    expect(current.headline).toBe('First editor');
    const withoutPrecondition = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'reporter', body: { content: readyContent('Blind save') } });
    expect(withoutPrecondition.statusCode).toBe(428);
  });

  it('lets a reporter ask for photos only on their own article, before it is live, at the revision they saw', async () => {
    const article = await create();
    const flag = (as: 'reporter' | 'reporter2' | 'photo_editor', needsPhotos: boolean, headers: Record<string, string> = {}) =>
      desk.call('POST', `/api/articles/${article.id}/needs-photos`, { as, headers, body: { needsPhotos } });

    const someoneElses = await flag('reporter2', true);
    expect(someoneElses.statusCode).toBe(403);
    expect(serverErrorSchema.parse(someoneElses.json()).error.code).toBe('forbidden');
    const stale = await flag('reporter', true, { 'if-match': '7' });
    expect(stale.statusCode).toBe(409);
    expect(serverErrorSchema.parse(stale.json()).error).toMatchObject({ code: 'conflict', currentRevision: 1 });
    const unchanged = serverArticleSchema.parse((await desk.call('GET', `/api/articles/${article.id}`, { as: 'reporter' })).json());
    expect(unchanged.needsPhotos).toBe(false);

    expect((await flag('reporter', true, { 'if-match': '1' })).statusCode).toBe(200);
    expect(serverArticleSchema.parse((await flag('photo_editor', false)).json()).needsPhotos).toBe(false);

    for (const action of ['submit', 'approve', 'publish']) expect((await step(article.id, { action, revision: 1 })).statusCode).toBe(200);
    const live = await flag('reporter', true);
    expect(live.statusCode).toBe(409);
    expect(serverErrorSchema.parse(live.json()).error.code).toBe('conflict');
  });

  it('lets the photo desk change images and captions of an article in review, not its text', async () => {
    const article = await create();
    await desk.call('POST', `/api/articles/${article.id}/needs-photos`, { as: 'reporter', body: { needsPhotos: true } });
    const flagged = await desk.call('GET', '/api/articles?needsPhotos=true', { as: 'photo_editor' });
    expect(flagged.json().items.map((item: { id: string; needsPhotos: boolean }) => [item.id, item.needsPhotos])).toEqual([[article.id, true]]);
    const content = { ...readyContent(), slug: article.slug };
    const inDraft = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'photo_editor', headers: { 'if-match': '1' }, body: { content } });
    expect(inDraft.statusCode).toBe(403);
    await step(article.id, { action: 'submit' }, 'reporter');

    const newImages = {
      ...content,
      leadImage: { mediaId: 'm_9', src: '/media/m_9/large', caption: '渡輪泊岸。', credit: '（資料圖片）', alt: 'A ferry berthing' },
      body: { ...content.body, content: [...content.body.content, { type: 'figure', attrs: { mediaId: 'm_10', src: '/media/m_10/large', caption: 'Queue', credit: 'Staff', alt: 'A queue' } }] },
    };
    const imagesOnly = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'photo_editor', headers: { 'if-match': '1' }, body: { content: newImages } });
    expect(imagesOnly.statusCode).toBe(200);
    expect(imagesOnly.json()).toMatchObject({ revision: 2, leadImage: { caption: '渡輪泊岸。' } });

    const textChange = await desk.call('PUT', `/api/articles/${article.id}`, {
      as: 'photo_editor',
      headers: { 'if-match': '2' },
      body: { content: { ...newImages, headline: 'Photo desk headline' } },
    });
    expect(textChange.statusCode).toBe(403);
    const bodyChange = structuredClone(newImages);
    bodyChange.body.content[0] = { type: 'paragraph', content: [{ type: 'text', text: 'Rewritten by the photo desk.' }] };
    expect((await desk.call('PUT', `/api/articles/${article.id}`, { as: 'photo_editor', headers: { 'if-match': '2' }, body: { content: bodyChange } })).statusCode).toBe(403);
  });

  it('publishes a scheduled article at its time exactly once, even when two schedulers race', async () => {
    const article = await create();
    await step(article.id, { action: 'submit' }, 'reporter');
    await step(article.id, { action: 'approve', revision: 1 });
    const past = await step(article.id, { action: 'schedule', publishAt: '2026-11-28T08:00:00.000Z', revision: 1 });
    expect(past.statusCode).toBe(400);
    const scheduled = await step(article.id, { action: 'schedule', publishAt: '2026-11-28T10:00:00.000Z', revision: 1 });
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', publishAt: '2026-11-28T10:00:00.000Z' });

    const context = { db: desk.database.db, hooks, media: localMediaStorage(desk.database.dataDir), now: () => desk.clock.now };
    expect(await publishDueArticles(context)).toEqual([]);
    desk.clock.now = new Date('2026-11-28T10:00:01.000Z');
    const [first, second] = await Promise.all([publishDueArticles(context), publishDueArticles(context)]);
    expect([...(first ?? []), ...(second ?? [])].filter((id) => id === article.id)).toEqual([article.id]);
    expect(await publishDueArticles(context)).toEqual([]);
    expect(hookCalls.filter((call) => call.id === article.id && call.hook === 'published')).toHaveLength(1);
    const current = serverArticleSchema.parse((await desk.call('GET', `/api/articles/${article.id}`, { as: 'reporter' })).json());
    expect(current).toMatchObject({ status: 'published', publishAt: null, publishedAt: '2026-11-28T10:00:01.000Z' });
    const history = historyResponseSchema.parse((await desk.call('GET', `/api/articles/${article.id}/history`, { as: 'reporter' })).json());
    expect(history.items.filter((entry) => entry.to === 'published')).toHaveLength(1);
    desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
  });

  it('rolls the step back when a publishing hook fails', async () => {
    const failing = await createTestDesk(target, {
      hooks: { ...hooks, async published() { throw new Error('renderer down'); } },
    });
    try {
      const created = await failing.call('POST', '/api/articles', { as: 'reporter', body: { content: readyContent() } });
      const { id } = serverArticleSchema.parse(created.json());
      await failing.call('POST', `/api/articles/${id}/transitions`, { as: 'reporter', body: { action: 'submit' } });
      await failing.call('POST', `/api/articles/${id}/transitions`, { as: 'chief_editor', body: { action: 'approve', revision: 1 } });
      const publish = await failing.call('POST', `/api/articles/${id}/transitions`, { as: 'chief_editor', body: { action: 'publish', revision: 1 } });
      expect(publish.statusCode).toBe(500);
      expect(publish.body).not.toContain('renderer down');
      const current = serverArticleSchema.parse((await failing.call('GET', `/api/articles/${id}`, { as: 'reporter' })).json());
      expect(current.status).toBe('approved');
    } finally {
      await failing.close();
    }
  });

  it('lists articles by status, assignee and text, paged', async () => {
    const unique = await create({ ...readyContent('九龍巴士車費凍結 special_100%'), tags: ['bus'] }, 'reporter2');
    const byText = (await desk.call('GET', `/api/articles?q=${encodeURIComponent('車費凍結')}`, { as: 'admin' })).json();
    expect(byText.items.map((item: { id: string }) => item.id)).toEqual([unique.id]);
    const literalPercent = (await desk.call('GET', `/api/articles?q=${encodeURIComponent('_100%')}`, { as: 'admin' })).json();
    expect(literalPercent.total).toBe(1);
    const noMatch = (await desk.call('GET', `/api/articles?q=${encodeURIComponent('1_0%')}`, { as: 'admin' })).json();
    expect(noMatch.total).toBe(0);
    const mine = (await desk.call('GET', '/api/articles?assignee=me', { as: 'reporter2' })).json();
    expect(mine.items.every((item: { assignee: string }) => item.assignee === 'reporter2')).toBe(true);
    const page = (await desk.call('GET', '/api/articles?limit=2&offset=1', { as: 'admin' })).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(3);
    const bad = await desk.call('GET', '/api/articles?status=nonsense&limit=1000', { as: 'admin' });
    expect(bad.statusCode).toBe(400);
    expect(serverErrorSchema.parse(bad.json()).error.details?.length).toBe(2);
  });
});

describe.each(databaseTargets())('what a save or a step returns on %s', (target) => {
  it('is exactly what a fresh read returns', async () => {
    const desk = await createTestDesk(target);
    try {
      const created = serverArticleSchema.parse((await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: readyContent() } })).json());
      await desk.call('POST', `/api/articles/${created.id}/transitions`, { as: 'reporter', body: { action: 'submit' } });
      await desk.call('POST', `/api/articles/${created.id}/transitions`, { as: 'chief_editor', body: { action: 'approve', revision: 1 } });
      await desk.call('POST', `/api/articles/${created.id}/transitions`, { as: 'chief_editor', body: { action: 'schedule', publishAt: '2026-12-01T00:00:00.000Z', revision: 1 } });
      const saved = await desk.call('PUT', `/api/articles/${created.id}`, {
        as: 'chief_editor',
        headers: { 'if-match': '1' },
        body: { content: readyContent('Changed after scheduling'), assignee: 'Reporter2' },
      });
      const read = await desk.call('GET', `/api/articles/${created.id}`, { as: 'chief_editor' });
      expect(saved.json()).toEqual(read.json());

      const steps: Record<string, unknown>[] = [
        { action: 'request_changes', note: 'One more quote' },
        { action: 'submit' },
        { action: 'approve', note: 'Good to go', revision: 2 },
        { action: 'schedule', publishAt: '2026-12-02T00:00:00.000Z', revision: 2 },
        { action: 'publish', revision: 2 },
        { action: 'correct', note: 'Fixed a name' },
        { action: 'unpublish', note: 'Legal hold' },
      ];
      for (const body of steps) {
        const stepped = await desk.call('POST', `/api/articles/${created.id}/transitions`, { as: 'chief_editor', body });
        expect(stepped.statusCode).toBe(200);
        const fresh = await desk.call('GET', `/api/articles/${created.id}`, { as: 'chief_editor' });
        expect(stepped.json()).toEqual(fresh.json());
      }
      expect(saved.json()).toMatchObject({ status: 'in_review', publishAt: null, assignee: 'reporter2', notes: [{ by: 'chief-editor' }] });
    } finally {
      await desk.close();
    }
  });
});

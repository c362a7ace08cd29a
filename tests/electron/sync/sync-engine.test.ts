/**
 * The sync engine against the project's real newsroom server on loopback: submit, image dedupe by
 * hash, a stale update (409) merged or shown, pulls (fast-forward, merge, conflict), save as copy,
 * restart. The other person is the chief editor, saving through the server's own API.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleContent } from '../../../shared/article';
import type { SyncState } from '../../../shared/desk-api-sync';
import { readyContent } from '../../server/helpers/article-fixtures';
import { addLocalImage, caseSection, connectionTo, contentOf, editOnServer, historyActions, mediaRows, openDesk, paragraph, serverArticle, startNewsroom, tempDir } from './sync-helpers';
import type { Newsroom, TestDesk } from './sync-helpers';

let newsroom: Newsroom;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  newsroom = await startNewsroom();
}, 60_000);
afterAll(async () => newsroom?.close());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function desk(): Promise<TestDesk> {
  const folder = await tempDir();
  const opened = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
  cleanups.push(folder.remove, () => opened.close());
  return opened;
}

/** A draft with two local images (lead and figure), the article the fixture describes. */
async function draftWithImages(opened: TestDesk, headline = 'Harbour ferry fares to rise'): Promise<{ id: string; content: ArticleContent }> {
  await addLocalImage(opened.dir, 'm_lead', 64);
  await addLocalImage(opened.dir, 'm_fig', 72);
  const fixture = readyContent(headline);
  const content: ArticleContent = {
    ...fixture,
    leadImage: fixture.leadImage ? { ...fixture.leadImage, mediaId: 'm_lead', src: 'media/m_lead/large.webp' } : null,
    body: { type: 'doc', content: [paragraph('Fares will rise by 5 per cent.'), caseSection('Star Ferry', 'The operator said fuel costs had doubled.'), { type: 'figure', attrs: { mediaId: 'm_fig', src: 'media/m_fig/large.webp', caption: 'Passengers boarding.', credit: 'Staff photographer', alt: 'Passengers on a gangway' } }] },
  };
  const draft = await opened.drafts.create('en');
  await opened.drafts.save(draft.id, content);
  return { id: draft.id, content };
}

async function submitted(opened: TestDesk, id: string): Promise<SyncState> {
  await opened.sync.engine.submit(id);
  await opened.sync.engine.settled();
  return opened.sync.engine.state(id);
}

function serverIdOf(opened: TestDesk, id: string): string {
  const serverId = opened.sync.engine.records.get(id)?.serverId;
  if (!serverId) throw new Error('The draft has no server id');
  return serverId;
}

async function edit(opened: TestDesk, id: string, change: (content: ArticleContent) => ArticleContent): Promise<void> {
  await opened.drafts.save(id, change(contentOf(await opened.drafts.get(id))));
}

describe('sync engine with a real newsroom server', () => {
  it('submits a draft: images uploaded, article created, sent for review, once each', async () => {
    const opened = await desk();
    const before = await mediaRows(newsroom);
    const { id } = await draftWithImages(opened);
    const state = await submitted(opened, id);
    expect(state).toEqual({ state: 'sent', serverId: serverIdOf(opened, id), revision: 1 });
    const article = await serverArticle(newsroom, serverIdOf(opened, id));
    expect(article.status).toBe('in_review');
    expect(article.leadImage?.mediaId).not.toBe('m_lead');
    expect(await mediaRows(newsroom)).toBe(before + 2);
    expect(await historyActions(newsroom, article.id)).toEqual(['create', 'submit']);
  });

  it('re-sends no image the newsroom already has, for this draft or another with the same picture', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await submitted(opened, id);
    const afterFirst = await mediaRows(newsroom);
    await edit(opened, id, (content) => ({ ...content, headline: 'Harbour ferry fares to rise in March' }));
    const state = await submitted(opened, id);
    expect(state).toMatchObject({ state: 'sent', revision: 2 });
    expect(await mediaRows(newsroom)).toBe(afterFirst);
    // A second draft showing the same bytes under another local id reuses the newsroom's copy.
    await addLocalImage(opened.dir, 'm_same', 64);
    const other = await opened.drafts.create('en');
    const fixture = readyContent('Second story');
    await opened.drafts.save(other.id, { ...fixture, leadImage: fixture.leadImage ? { ...fixture.leadImage, mediaId: 'm_same' } : null, body: { type: 'doc', content: [paragraph('Another story.')] } });
    await submitted(opened, other.id);
    expect(await mediaRows(newsroom)).toBe(afterFirst);
    expect((await serverArticle(newsroom, serverIdOf(opened, other.id))).leadImage?.mediaId).toBe((await serverArticle(newsroom, serverIdOf(opened, id))).leadImage?.mediaId);
  });

  it('409 on send: the newsroom edited another field, so the merged text is sent, nothing overwritten', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), headline: '編輯改的標題' }));
    await edit(opened, id, (content) => ({ ...content, standfirst: 'Operators blame fuel and wages' }));
    await opened.sync.engine.send(id);
    await opened.sync.engine.settled();
    const article = await serverArticle(newsroom, serverId);
    expect(article.headline).toBe('編輯改的標題');
    expect(article.standfirst).toBe('Operators blame fuel and wages');
    expect(article.revision).toBe(3);
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 3 });
    expect((await opened.drafts.get(id)).headline).toBe('編輯改的標題');
    expect((await opened.drafts.history.list(id)).map((revision) => revision.reason)).toContain('before-newsroom');
  });

  it('409 on send with the same field changed on both sides: conflict, then "keep mine" is sent', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), headline: 'Theirs: fares frozen' }));
    await edit(opened, id, (content) => ({ ...content, headline: 'Mine: fares up 5%' }));
    await opened.sync.engine.send(id);
    await opened.sync.engine.settled();
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'conflict', serverId, revision: 1, serverRevision: 2, conflicts: 1 });
    // The person's text is still the draft's.
    expect((await opened.drafts.get(id)).headline).toBe('Mine: fares up 5%');
    const handlers = opened.sync.handlers();
    const view = await handlers['sync:mergeView']({ draftId: id });
    expect(view.conflicts).toEqual([{ id: 'field:headline', field: 'headline', canKeepBoth: false, base: 'Harbour ferry fares to rise', mine: 'Mine: fares up 5%', theirs: 'Theirs: fares frozen' }]);
    expect(view.theirAuthor).toBe('lee');
    await expect(handlers['sync:resolve']({ draftId: id, serverRevision: 1, choices: { 'field:headline': 'mine' } })).rejects.toMatchObject({ code: 'conflict' });
    await handlers['sync:resolve']({ draftId: id, serverRevision: 2, choices: { 'field:headline': 'mine' } });
    await opened.sync.engine.settled();
    expect((await serverArticle(newsroom, serverId)).headline).toBe('Mine: fares up 5%');
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 3 });
  });

  it('resolve is refused when the newsroom moved again after the merge view was shown', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), headline: 'Theirs once' }));
    await edit(opened, id, (content) => ({ ...content, headline: 'Mine' }));
    await opened.sync.engine.send(id);
    await opened.sync.engine.settled();
    const handlers = opened.sync.handlers();
    const view = await handlers['sync:mergeView']({ draftId: id });
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), headline: 'Theirs twice' }));
    await expect(handlers['sync:resolve']({ draftId: id, serverRevision: view.serverRevision, choices: { 'field:headline': 'mine' } })).rejects.toThrow(/newer version/);
    expect((await handlers['sync:mergeView']({ draftId: id })).conflicts[0]?.theirs).toBe('Theirs twice');
    expect((await serverArticle(newsroom, serverId)).headline).toBe('Theirs twice');
  });

  it('pull: unchanged here → fast-forward to theirs, kept in History', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), standfirst: '營運商指燃油成本上升' }));
    expect(await opened.sync.pull.pull()).toEqual({ updated: [id], conflicts: [] });
    const draft = await opened.drafts.get(id);
    expect(draft.standfirst).toBe('營運商指燃油成本上升');
    // The images keep the desk's own ids, so the draft still shows its local files.
    expect(draft.leadImage?.mediaId).toBe('m_lead');
    expect((await opened.drafts.history.list(id)).map((revision) => revision.reason)).toContain('newsroom');
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 2 });
  });

  it('pull: a case section moved on the newsroom and edited here merges moved and edited (Chinese text)', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await edit(opened, id, (content) => ({ ...content, body: { type: 'doc', content: [paragraph('引言：渡輪加價。'), caseSection('個案一：天星小輪', '營運商表示燃油成本倍增。'), caseSection('個案二：港九小輪', '乘客不滿加幅。')] } }));
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), body: { type: 'doc', content: [paragraph('引言：渡輪加價。'), caseSection('個案二：港九小輪', '乘客不滿加幅。'), caseSection('個案一：天星小輪', '營運商表示燃油成本倍增。')] } }));
    await edit(opened, id, (content) => ({ ...content, body: { type: 'doc', content: [paragraph('引言：渡輪加價。'), caseSection('個案一：天星小輪', '營運商表示燃油成本在一年內倍增。'), caseSection('個案二：港九小輪', '乘客不滿加幅。')] } }));
    expect(await opened.sync.pull.pull()).toEqual({ updated: [id], conflicts: [] });
    await opened.sync.engine.settled();
    const expected = [paragraph('引言：渡輪加價。'), caseSection('個案二：港九小輪', '乘客不滿加幅。'), caseSection('個案一：天星小輪', '營運商表示燃油成本在一年內倍增。')];
    expect((await opened.drafts.get(id)).body.content).toEqual(expected);
    expect((await serverArticle(newsroom, serverId)).body.content).toEqual(expected);
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 3 });
  });

  it('pull: the same paragraph changed on both sides is a conflict; "save mine as a copy" keeps my text', async () => {
    const opened = await desk();
    const { id } = await draftWithImages(opened);
    await edit(opened, id, (content) => ({ ...content, body: { type: 'doc', content: [paragraph('票價將上調百分之五。')] } }));
    await submitted(opened, id);
    const serverId = serverIdOf(opened, id);
    await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), body: { type: 'doc', content: [paragraph('票價將上調百分之八。')] } }));
    await edit(opened, id, (content) => ({ ...content, body: { type: 'doc', content: [paragraph('票價明年一月起上調百分之五。')] } }));
    expect(await opened.sync.pull.pull()).toEqual({ updated: [], conflicts: [id] });
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'conflict', conflicts: 1 });
    const view = await opened.sync.handlers()['sync:mergeView']({ draftId: id });
    expect(view.conflicts.map((conflict) => [conflict.base, conflict.mine, conflict.theirs])).toEqual([['票價將上調百分之五。', '票價明年一月起上調百分之五。', '票價將上調百分之八。']]);
    const copy = await opened.sync.handlers()['sync:saveCopy']({ draftId: id });
    expect((await opened.drafts.get(copy.draftId)).body.content).toEqual([paragraph('票價明年一月起上調百分之五。')]);
    expect((await opened.drafts.get(id)).body.content).toEqual([paragraph('票價將上調百分之八。')]);
    expect(await opened.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 2 });
    expect(await opened.sync.engine.state(copy.draftId)).toEqual({ state: 'local_only' });
  });

  it('a restart keeps the sync record and the queued jobs, which then go exactly once', { timeout: 30_000 }, async () => {
    const folder = await tempDir();
    cleanups.push(folder.remove);
    // The newsroom is out of reach on the first run: the jobs wait on disk.
    const offline = await openDesk(folder.dir, connectionTo('http://127.0.0.1:9', newsroom.reporter));
    const { id } = await draftWithImages(offline);
    await offline.sync.engine.submit(id);
    await offline.sync.engine.settled();
    expect(await offline.sync.engine.state(id)).toMatchObject({ state: 'waiting', next: 'upload', reason: 'offline' });
    await offline.close();
    const online = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
    cleanups.push(() => online.close());
    // The jobs kept their backoff from the failed tries: they go when it ends.
    await vi.waitFor(async () => expect(await online.sync.engine.state(id)).toMatchObject({ state: 'sent', revision: 1 }), { timeout: 20_000, interval: 100 });
    await online.sync.engine.settled();
    const state = await online.sync.engine.state(id);
    expect(await historyActions(newsroom, serverIdOf(online, id))).toEqual(['create', 'submit']);
    await online.close();
    const again = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
    cleanups.push(() => again.close());
    expect(await again.sync.engine.state(id)).toEqual(state);
  });
});

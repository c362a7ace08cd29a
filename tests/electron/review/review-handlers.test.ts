/**
 * The review desk's, people's and notifications' desk services against the real newsroom server:
 * what the chief editor sees and does, what the server refuses, in the desk's errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewHandlers } from '../../../electron/desk/review/review-handlers';
import { SectionCatalog } from '../../../electron/desk/sections/section-catalog';
import { serverArticleSchema } from '../../../shared/server-api';
import { createUser } from '../../../server/users/user-commands';
import { readyContent } from '../../server/helpers/article-fixtures';
import { refusal } from '../helpers/desk-refusal';
import { httpTestTransport, testConnection } from '../outbox/http-test-transport';
import { paragraph, startNewsroom, tempDir, type Newsroom } from '../sync/sync-helpers';


describe('the review desk and people on the desk', () => {
  let newsroom: Newsroom;
  let folder: { dir: string; remove(): Promise<void> };
  const tokens: Record<string, string> = {};
  const as = (who: string) => {
    const sections = new SectionCatalog(folder.dir, { serverUrl: () => newsroom.baseUrl });
    return reviewHandlers(testConnection(httpTestTransport(newsroom.baseUrl, tokens[who] ?? '')), sections, () => 'https://news.example.hk/');
  };
  async function signIn(username: string) {
    const response = await fetch(`${newsroom.baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'correct horse battery' }) });
    return ((await response.json()) as { token: string }).token;
  }
  async function reporterCall(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${newsroom.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${newsroom.reporter}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return serverArticleSchema.parse(await response.json());
  }

  beforeAll(async () => {
    newsroom = await startNewsroom();
    folder = await tempDir();
    await createUser(newsroom.database.db, { username: 'admin', displayName: 'Admin', role: 'admin', password: 'correct horse battery' });
    await createUser(newsroom.database.db, { username: 'photo', displayName: 'Photo Desk', role: 'photo_editor', password: 'correct horse battery' });
    tokens.lee = newsroom.editor;
    tokens.admin = await signIn('admin');
    tokens.photo = await signIn('photo');
  });
  afterAll(async () => {
    await newsroom?.close();
    await folder?.remove();
  });

  it('the queue, the article with what changed since submission, and an approval bound to the revision read', async () => {
    const created = await reporterCall('POST', '/api/articles', { content: readyContent('Ferry fares to rise') });
    const submitted = await reporterCall('POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
    const chief = as('lee');
    const queue = await chief['review:queue']({ queue: 'waiting' });
    expect(queue.items.map((item) => item.id)).toContain(created.id);
    expect(queue.counts.waiting).toBeGreaterThanOrEqual(1);

    const first = await chief['review:open']({ serverId: created.id });
    expect(first.base.basis).toBe('submitted');
    expect(first.changes).toEqual([]);

    // The reporter edits after submitting: the editor's view is stale.
    const edited = await reporterCall('PUT', `/api/articles/${created.id}`, { content: { ...readyContent('Ferry fares to rise'), body: { type: 'doc', content: [paragraph('A new first paragraph.')] } } }, { 'if-match': `"${submitted.revision}"` });
    const stale = await refusal(chief['review:act']({ serverId: created.id, action: 'approve', revision: first.article.revision }));
    expect(stale.code).toBe('conflict');
    expect(stale.details).toEqual([`currentRevision:${edited.revision}`]);
    const again = await chief['review:open']({ serverId: created.id });
    expect(again.changes.filter((change) => change.kind === 'added').map((change) => change.text)).toContain('A new first paragraph.');
    const approved = await chief['review:act']({ serverId: created.id, action: 'approve', revision: again.article.revision });
    expect(approved.status).toBe('approved');
    expect((await chief['review:open']({ serverId: created.id })).publicUrl).toBeNull();
    const published = await chief['review:act']({ serverId: created.id, action: 'publish', revision: approved.revision });
    expect((await chief['review:open']({ serverId: created.id })).publicUrl).toBe(`https://news.example.hk/articles/${published.slug}`);
  });

  it('refusals come back in the server’s words: a note is required, a time in the past, a photo editor acting', async () => {
    const created = await reporterCall('POST', '/api/articles', { content: readyContent('Tram fares frozen') });
    const submitted = await reporterCall('POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
    const chief = as('lee');
    expect(await refusal(chief['review:act']({ serverId: created.id, action: 'request_changes', revision: submitted.revision }))).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/note/) });
    expect(await refusal(as('photo')['review:act']({ serverId: created.id, action: 'approve', revision: submitted.revision }))).toMatchObject({ code: 'forbidden' });
    const approved = await chief['review:act']({ serverId: created.id, action: 'approve', revision: submitted.revision });
    expect(await refusal(chief['review:act']({ serverId: created.id, action: 'schedule', revision: approved.revision, publishAt: '2020-01-01T00:00:00+08:00' }))).toMatchObject({ code: 'bad_request', message: 'The publishing time must be in the future.' });
    const returned = await chief['review:act']({ serverId: created.id, action: 'request_changes', revision: approved.revision, note: '請補充運輸署回應。' });
    expect(returned.status).toBe('changes_requested');
  });

  it('an editor restores an earlier revision: it comes back as a new one, the replaced text stays listed; a stale view is refused', async () => {
    const created = await reporterCall('POST', '/api/articles', { content: readyContent('Minibus fares') });
    const submitted = await reporterCall('POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
    const edited = await reporterCall('PUT', `/api/articles/${created.id}`, { content: { ...readyContent('Minibus fares'), body: { type: 'doc', content: [paragraph('A worse first paragraph.')] } } }, { 'if-match': `"${submitted.revision}"` });
    const chief = as('lee');
    const listed = await chief['review:revisions']({ serverId: created.id });
    expect(listed.items.map((item) => item.revision)).toEqual([edited.revision, submitted.revision, created.revision].filter((value, index, all) => all.indexOf(value) === index));
    const stale = await refusal(chief['review:restore']({ serverId: created.id, revision: created.revision, expectedRevision: submitted.revision }));
    expect(stale).toMatchObject({ code: 'conflict', details: [`currentRevision:${edited.revision}`] });
    const restored = await chief['review:restore']({ serverId: created.id, revision: created.revision, expectedRevision: edited.revision });
    expect(restored.revision).toBe(edited.revision + 1);
    expect(restored.body).toEqual(created.body);
    expect(restored.body).not.toEqual(edited.body);
    const after = await chief['review:revisions']({ serverId: created.id });
    expect(after.items[0]?.revision).toBe(restored.revision);
    expect(after.items.map((item) => item.revision)).toContain(edited.revision);
    expect(await refusal(as('photo')['review:restore']({ serverId: created.id, revision: edited.revision, expectedRevision: restored.revision }))).toMatchObject({ code: 'forbidden' });
  });

  it('people: an administrator creates an account whose shown password signs in, changes its role, resets and disables it', async () => {
    const admin = as('admin');
    const made = await admin['people:create']({ username: 'ho-wing', displayName: '何穎', role: 'reporter' });
    expect(made.person).toMatchObject({ username: 'ho-wing', role: 'reporter', disabled: false });
    const works = await fetch(`${newsroom.baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'ho-wing', password: made.password }) });
    expect(works.status).toBe(201);
    expect((await admin['people:setRole']({ username: 'ho-wing', role: 'photo_editor' })).role).toBe('photo_editor');
    const reset = await admin['people:resetPassword']({ username: 'ho-wing' });
    expect(reset.password).not.toBe(made.password);
    expect((await admin['people:disable']({ username: 'ho-wing' })).disabled).toBe(true);
    expect((await admin['people:list']({})).items.map((person) => person.username)).toContain('ho-wing');
    expect(await refusal(as('lee')['people:list']({}))).toMatchObject({ code: 'forbidden' });
  });

  it('the reporter is told when her article is returned, and can mark it read', async () => {
    const reporter = reviewHandlers(testConnection(httpTestTransport(newsroom.baseUrl, newsroom.reporter)), new SectionCatalog(folder.dir, { serverUrl: () => newsroom.baseUrl }), () => undefined);
    const listed = await reporter['notifications:list']({});
    const returned = listed.items.find((item) => item.action === 'request_changes');
    expect(returned).toMatchObject({ headline: 'Tram fares frozen', note: '請補充運輸署回應。', read: false });
    const marked = await reporter['notifications:markRead']({ upTo: listed.items[0]?.seq ?? 0 });
    expect(marked.unread).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverArticleSchema, serverRoutes, mediaResponseSchema } from '../../shared/server-api';
import type { ServerRouteName } from '../../shared/server-api';
import { roles, workflowActions } from '../../shared/workflow';
import type { Role, WorkflowAction } from '../../shared/workflow';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk, testPassword } from './helpers/test-desk';
import { multipartBody, testJpeg } from './helpers/test-images';

type Caller = Role | 'anonymous';
const callers: Caller[] = ['anonymous', ...roles];

type Outcome = 'allowed' | 401 | 403 | 409;
const ok = 'allowed' as const;

/**
 * Who may call each route, written out cell by cell (not derived from `serverRoutes`, which the
 * server enforces: a wrong entry there must make this test fail, not move the expectation with it).
 * Columns: anonymous, reporter, photo_editor, chief_editor, admin.
 */
const expectedMatrix: Record<ServerRouteName, readonly [Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  'server:info': [ok, ok, ok, ok, ok],
  // Public, but only while the newsroom has no account: here it has, so everyone is refused.
  'setup:firstAccount': [409, 409, 409, 409, 409],
  'session:create': [ok, ok, ok, ok, ok],
  'session:get': [401, ok, ok, ok, ok],
  'session:delete': [401, ok, ok, ok, ok],
  'articles:create': [401, ok, 403, ok, ok],
  'articles:list': [401, ok, ok, ok, ok],
  'articles:get': [401, ok, ok, ok, ok],
  'articles:update': [401, ok, ok, ok, ok],
  'articles:transition': [401, ok, 403, ok, ok],
  'articles:needsPhotos': [401, ok, ok, ok, ok],
  'articles:history': [401, ok, ok, ok, ok],
  'media:upload': [401, ok, ok, ok, ok],
  'media:rendition': [ok, ok, ok, ok, ok],
  'articles:lock': [401, ok, ok, ok, ok],
  'articles:lockAcquire': [401, ok, ok, ok, ok],
  'articles:lockRenew': [401, ok, ok, ok, ok],
  'articles:lockRelease': [401, ok, ok, ok, ok],
  'sections:list': [ok, ok, ok, ok, ok],
  'sections:save': [401, 403, 403, 403, ok],
  'sections:delete': [401, 403, 403, 403, ok],
  'users:unlock': [401, 403, 403, 403, ok],
  'articles:revisions': [401, ok, ok, ok, ok],
  'articles:revision': [401, ok, ok, ok, ok],
  'articles:restoreRevision': [401, 403, 403, ok, ok],
  'articles:diffBase': [401, ok, ok, ok, ok],
  'review:queue': [401, 403, 403, ok, ok],
  'photos:queue': [401, 403, ok, ok, ok],
  'photos:done': [401, 403, ok, ok, ok],
  'people:list': [401, 403, 403, 403, ok],
  'people:create': [401, 403, 403, 403, ok],
  'people:setRole': [401, 403, 403, 403, ok],
  'people:disable': [401, 403, 403, 403, ok],
  'people:resetPassword': [401, 403, 403, 403, ok],
  'notifications:list': [401, ok, ok, ok, ok],
  'notifications:markRead': [401, ok, ok, ok, ok],
  'events:stream': [401, ok, ok, ok, ok],
};

/** Which roles may take each workflow step, written out (columns: reporter, photo_editor, chief_editor, admin). */
const expectedSteps: Record<WorkflowAction, readonly [boolean, boolean, boolean, boolean]> = {
  submit: [true, false, true, true],
  request_changes: [false, false, true, true],
  approve: [false, false, true, true],
  schedule: [false, false, true, true],
  publish: [false, false, true, true],
  unpublish: [false, false, true, true],
  correct: [false, false, true, true],
};

describe.each(databaseTargets())('role × route matrix on %s', (target) => {
  let desk: TestDesk;
  let jpeg: Buffer;
  beforeAll(async () => {
    desk = await createTestDesk(target);
    jpeg = await testJpeg();
  });
  afterAll(async () => desk?.close());

  async function newArticle(): Promise<string> {
    const response = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: readyContent() } });
    return serverArticleSchema.parse(response.json()).id;
  }
  async function chief(id: string, action: WorkflowAction, extra: Record<string, unknown> = {}) {
    const response = await desk.call('POST', `/api/articles/${id}/transitions`, { as: 'chief_editor', body: { action, revision: 1, note: 'Matrix note', ...extra } });
    expect(response.statusCode).toBe(200);
  }
  /** Submitted, so every role that edits (the photo desk included) may open it for editing. */
  async function inReview(): Promise<string> {
    const id = await newArticle();
    await chief(id, 'submit');
    return id;
  }
  async function token(caller: Caller, fresh: boolean): Promise<string | null> {
    if (caller === 'anonymous') return null;
    if (!fresh) return desk.tokens[caller];
    const login = await desk.app.inject({ method: 'POST', url: '/api/session', payload: { username: caller.replace('_', '-'), password: testPassword } });
    return login.json<{ token: string }>().token;
  }

  /** A request to each route that succeeds for a caller the route lets in. */
  async function request(name: ServerRouteName, caller: Caller) {
    const auth = await token(caller, name === 'session:delete');
    const headers: Record<string, string> = auth ? { authorization: `Bearer ${auth}` } : {};
    const json = (body: unknown) => ({ payload: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } });
    switch (name) {
      case 'server:info':
        return desk.app.inject({ method: 'GET', url: '/api/server-info', headers });
      case 'setup:firstAccount':
        return desk.app.inject({ method: 'POST', url: '/api/setup/first-account', ...json({ username: 'second-admin', displayName: 'Second', password: 'a long enough password' }) });
      case 'session:create':
        return desk.app.inject({ method: 'POST', url: '/api/session', ...json({ username: 'admin', password: testPassword }) });
      case 'session:get':
      case 'session:delete':
        return desk.app.inject({ method: serverRoutes[name].method, url: '/api/session', headers });
      case 'articles:create':
        return desk.app.inject({ method: 'POST', url: '/api/articles', ...json({ content: readyContent() }) });
      case 'articles:list':
        return desk.app.inject({ method: 'GET', url: '/api/articles?status=draft', headers });
      case 'articles:get':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await newArticle()}`, headers });
      case 'articles:history':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await newArticle()}/history`, headers });
      case 'articles:update': {
        // In review, so every role the route admits (the photo desk included) may save it.
        // The same content again (the photo desk may not change the text, the slug included).
        const content = readyContent();
        const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content } });
        const id = serverArticleSchema.parse(created.json()).id;
        await chief(id, 'submit');
        return desk.app.inject({ method: 'PUT', url: `/api/articles/${id}`, ...json({ content }), headers: { ...json({}).headers, 'if-match': '1' } });
      }
      case 'articles:transition':
        return desk.app.inject({ method: 'POST', url: `/api/articles/${await newArticle()}/transitions`, ...json({ action: 'submit' }) });
      case 'articles:needsPhotos':
        return desk.app.inject({ method: 'POST', url: `/api/articles/${await newArticle()}/needs-photos`, ...json({ needsPhotos: true }) });
      case 'articles:lock':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await newArticle()}/lock`, headers });
      case 'articles:lockAcquire':
        return desk.app.inject({ method: 'POST', url: `/api/articles/${await inReview()}/lock`, ...json({}) });
      case 'articles:lockRenew':
      case 'articles:lockRelease': {
        const id = await inReview();
        // The caller's own lease when the route lets them take one; an invented id otherwise
        // (the access check answers before the lease is looked at).
        const taken = auth ? await desk.app.inject({ method: 'POST', url: `/api/articles/${id}/lock`, ...json({}) }) : undefined;
        const lockId = taken?.statusCode === 200 ? taken.json<{ lockId: string }>().lockId : 'no-such-lock';
        if (name === 'articles:lockRenew') return desk.app.inject({ method: 'PUT', url: `/api/articles/${id}/lock`, ...json({ lockId }) });
        return desk.app.inject({ method: 'DELETE', url: `/api/articles/${id}/lock?lockId=${lockId}`, headers });
      }
      case 'users:unlock':
        return desk.app.inject({ method: 'POST', url: '/api/users/reporter2/unlock', headers });
      case 'articles:revisions':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await newArticle()}/revisions`, headers });
      case 'articles:revision':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await newArticle()}/revisions/1`, headers });
      case 'articles:restoreRevision':
        return desk.app.inject({ method: 'POST', url: `/api/articles/${await inReview()}/revisions/1/restore`, ...json({ revision: 1 }) });
      case 'articles:diffBase':
        return desk.app.inject({ method: 'GET', url: `/api/articles/${await inReview()}/diff-base`, headers });
      case 'review:queue':
        return desk.app.inject({ method: 'GET', url: '/api/review/queue?queue=waiting', headers });
      case 'photos:queue':
        return desk.app.inject({ method: 'GET', url: '/api/photos/queue', headers });
      case 'photos:done':
        return desk.app.inject({ method: 'POST', url: `/api/articles/${await inReview()}/photos-done`, ...json({}) });
      case 'people:list':
        return desk.app.inject({ method: 'GET', url: '/api/people', headers });
      case 'people:create':
        return desk.app.inject({ method: 'POST', url: '/api/people', ...json({ username: `matrix-${caller.replace('_', '-')}`, role: 'reporter' }) });
      case 'people:setRole':
        return desk.app.inject({ method: 'PUT', url: '/api/people/reporter2/role', ...json({ role: 'reporter' }) });
      case 'people:disable': {
        await desk.app.inject({ method: 'POST', url: '/api/people', headers: { authorization: `Bearer ${desk.tokens.admin}`, 'content-type': 'application/json' }, payload: JSON.stringify({ username: `leaver-${caller.replace('_', '-')}`, role: 'reporter' }) });
        return desk.app.inject({ method: 'POST', url: `/api/people/leaver-${caller.replace('_', '-')}/disable`, headers });
      }
      case 'people:resetPassword': {
        await desk.app.inject({ method: 'POST', url: '/api/people', headers: { authorization: `Bearer ${desk.tokens.admin}`, 'content-type': 'application/json' }, payload: JSON.stringify({ username: `forgetful-${caller.replace('_', '-')}`, role: 'reporter' }) });
        return desk.app.inject({ method: 'POST', url: `/api/people/forgetful-${caller.replace('_', '-')}/reset-password`, headers });
      }
      case 'notifications:list':
        return desk.app.inject({ method: 'GET', url: '/api/notifications', headers });
      case 'notifications:markRead':
        return desk.app.inject({ method: 'POST', url: '/api/notifications/read', ...json({ upTo: 1_000_000 }) });
      case 'events:stream':
        return desk.app.inject({ method: 'GET', url: '/api/events/stream?after=0&end=caught-up', headers });
      case 'media:upload': {
        const multipart = multipartBody(jpeg, 'photo.jpg');
        return desk.app.inject({ method: 'POST', url: '/api/media', payload: multipart.body, headers: { ...headers, ...multipart.headers } });
      }
      case 'media:rendition': {
        const multipart = multipartBody(jpeg, 'p.jpg');
        const uploaded = await desk.app.inject({ method: 'POST', url: '/api/media', payload: multipart.body, headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.admin}` } });
        const media = mediaResponseSchema.parse(uploaded.json());
        // Public means: shown by a live article (an unpublished image is for staff only).
        const content = { ...readyContent(), leadImage: { mediaId: media.id, src: media.renditions.large.url, caption: 'A pier.', credit: 'Staff', alt: 'A pier' } };
        const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content } });
        const id = serverArticleSchema.parse(created.json()).id;
        for (const action of ['submit', 'approve', 'publish'] as const) await chief(id, action);
        return desk.app.inject({ method: 'GET', url: media.renditions.thumb.url, headers });
      }
      case 'sections:list':
        return desk.app.inject({ method: 'GET', url: '/api/sections', headers });
      case 'sections:save':
        return desk.app.inject({ method: 'PUT', url: `/api/sections/matrix-${caller.replace('_', '-')}`, ...json({ names: { en: 'Matrix', 'zh-Hant': '矩陣' }, position: 90 }) });
      case 'sections:delete': {
        const slug = `unused-${caller.replace('_', '-')}`;
        await desk.call('PUT', `/api/sections/${slug}`, { as: 'admin', body: { names: { en: 'Unused', 'zh-Hant': '未用' }, position: 91 } });
        return desk.app.inject({ method: 'DELETE', url: `/api/sections/${slug}`, headers });
      }
    }
  }

  const routeNames = Object.keys(serverRoutes) as ServerRouteName[];
  it.each(routeNames)('%s: each caller gets exactly what the route table allows', async (name) => {
    for (const caller of callers) {
      const response = await request(name, caller);
      const expected = expectedMatrix[name][callers.indexOf(caller)];
      const outcome = `${caller} → ${response.statusCode}`;
      if (expected === 'allowed') expect(outcome).toMatch(new RegExp(`^${caller} → 20[0-9]$`));
      else expect(outcome).toBe(`${caller} → ${expected}`);
      if (response.statusCode >= 400) expect(Object.keys(response.json<{ error: object }>().error).sort()).toEqual(['code', 'message']);
    }
  });

  // Setup that brings a fresh article to the first state each action starts from.
  const setUp: Record<WorkflowAction, WorkflowAction[]> = {
    submit: [],
    request_changes: ['submit'],
    approve: ['submit'],
    schedule: ['submit', 'approve'],
    publish: ['submit', 'approve'],
    unpublish: ['submit', 'approve', 'publish'],
    correct: ['submit', 'approve', 'publish'],
  };
  const extras: Partial<Record<WorkflowAction, Record<string, unknown>>> = {
    schedule: { publishAt: '2026-12-01T00:00:00.000Z' },
    correct: { note: 'Spelling of a name' },
  };

  it.each(workflowActions)('workflow action %s: only the roles of the state machine may take it', async (action) => {
    for (const role of roles) {
      const id = await newArticle();
      for (const previous of setUp[action]) await chief(id, previous, extras[previous]);
      const response = await desk.call('POST', `/api/articles/${id}/transitions`, { as: role, body: { action, revision: 1, note: 'Matrix note', ...extras[action] } });
      const allowed = expectedSteps[action][roles.indexOf(role)];
      expect(`${role} ${action} → ${response.statusCode}`).toBe(`${role} ${action} → ${allowed ? 200 : 403}`);
    }
  });
});

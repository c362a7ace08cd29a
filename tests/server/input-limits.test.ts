import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../shared/limits';
import { serverErrorSchema } from '../../shared/server-api';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';

describe.each(databaseTargets())('malformed and oversized input on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  function post(url: string, payload: string, contentType = 'application/json') {
    return desk.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, authorization: `Bearer ${desk.tokens.reporter}` } });
  }
  function expectCleanError(body: string, code: string) {
    const parsed = serverErrorSchema.parse(JSON.parse(body));
    expect(parsed.error.code).toBe(code);
    expect(body).not.toMatch(/at .*\.(ts|js):\d+|stack|node_modules/);
    return parsed.error;
  }

  it('refuses broken JSON and a wrong content type', async () => {
    const broken = await post('/api/articles', '{"content": {');
    expect(broken.statusCode).toBe(400);
    expectCleanError(broken.body, 'bad_request');
    const text = await post('/api/articles', 'headline=hello', 'text/plain');
    expect(text.statusCode).toBe(415);
    expectCleanError(text.body, 'unsupported_media');
  });

  it('lists every problem of an article that does not fit the schema', async () => {
    // An over-long headline is not among them: drafts keep it whole; the checklist refuses it at approval.
    const content = { ...readyContent(), headline: 42, language: 'fr', tags: 'transport' };
    const response = await post('/api/articles', JSON.stringify({ content, extra: true }));
    expect(response.statusCode).toBe(400);
    const error = expectCleanError(response.body, 'bad_request');
    expect(error.details?.join('\n')).toMatch(/content\.headline/);
    expect(error.details?.join('\n')).toMatch(/content\.language/);
    expect(error.details?.join('\n')).toMatch(/content\.tags/);
    expect(error.details?.join('\n')).toMatch(/extra/);
  });

  it('refuses a body the editor would not accept, and unsafe links', async () => {
    const content = {
      ...readyContent(),
      body: { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] },
      relatedLinks: [{ title: 'Click', url: 'javascript:alert(1)' }],
    };
    const response = await post('/api/articles', JSON.stringify({ content }));
    expect(response.statusCode).toBe(400);
    const error = expectCleanError(response.body, 'bad_request');
    expect(error.details?.some((line) => line.includes('iframe'))).toBe(true);
    expect(error.details?.some((line) => line.startsWith('relatedLinks.0.url'))).toBe(true);
  });

  it('refuses an oversized request with 413 before reading it', async () => {
    const huge = 'x'.repeat(limits.bodyBytesMax + 600 * 1024);
    const response = await post('/api/articles', JSON.stringify({ content: { ...readyContent(), standfirst: huge } }));
    expect(response.statusCode).toBe(413);
    expectCleanError(response.body, 'too_large');
    const smallRoute = await post('/api/session', JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }));
    expect(smallRoute.statusCode).toBe(413);
  });

  it('refuses an article body over the body size limit with a clear problem', async () => {
    const paragraphs = Array.from({ length: 60 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: '字'.repeat(12_000) }] }));
    const response = await post('/api/articles', JSON.stringify({ content: { ...readyContent(), body: { type: 'doc', content: paragraphs } } }));
    expect(response.statusCode).toBe(400);
    expect(expectCleanError(response.body, 'bad_request').details?.[0]).toMatch(/^body: The article body is \d+ bytes; the limit is/);
  });

  it('refuses a bad If-Match, unknown ids and unknown addresses cleanly', async () => {
    const badPrecondition = await desk.app.inject({
      method: 'PUT',
      url: '/api/articles/01JD0000000000000000000000',
      payload: { content: readyContent() },
      headers: { authorization: `Bearer ${desk.tokens.reporter}`, 'if-match': 'yesterday' },
    });
    expect(badPrecondition.statusCode).toBe(400);
    const missing = await desk.call('GET', '/api/articles/01JD0000000000000000000000', { as: 'reporter' });
    expect(missing.statusCode).toBe(404);
    expectCleanError(missing.body, 'not_found');
    const nowhere = await desk.call('GET', '/api/nothing-here', { as: 'reporter' });
    expect(nowhere.statusCode).toBe(404);
    const unknownAction = await post('/api/articles/01JD0000000000000000000000/transitions', JSON.stringify({ action: 'delete' }));
    expect(unknownAction.statusCode).toBe(400);
  });
});

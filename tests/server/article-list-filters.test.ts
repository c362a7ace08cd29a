/** The list filters the desk's pull relies on: the person's own articles, changed since a time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleListResponseSchema, serverArticleSchema } from '../../shared/server-api';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import { createTestDesk } from './helpers/test-desk';
import type { TestDesk } from './helpers/test-desk';

describe.each(databaseTargets())('article list filters for the pull on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  async function create(as: 'reporter' | 'reporter2', headline: string): Promise<string> {
    const response = await desk.call('POST', '/api/articles', { as, body: { content: readyContent(headline) } });
    expect(response.statusCode).toBe(201);
    return serverArticleSchema.parse(response.json()).id;
  }
  async function list(query: string, as: 'reporter' | 'reporter2' = 'reporter') {
    const response = await desk.call('GET', `/api/articles?${query}`, { as });
    expect(response.statusCode).toBe(200);
    return articleListResponseSchema.parse(response.json()).items.map((item) => item.headline);
  }

  it('author=me lists only the caller’s articles; updatedSince only those changed at or after it', async () => {
    desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
    await create('reporter', 'Mine, early');
    await create('reporter2', 'Theirs, early');
    desk.clock.now = new Date('2026-11-28T10:00:00.000Z');
    const later = await create('reporter', 'Mine, later');
    await create('reporter2', 'Theirs, later');

    expect((await list('author=me&limit=100')).sort()).toEqual(['Mine, early', 'Mine, later']);
    expect((await list('author=reporter2&limit=100')).sort()).toEqual(['Theirs, early', 'Theirs, later']);
    expect(await list('author=me&updatedSince=2026-11-28T10:00:00.000Z')).toEqual(['Mine, later']);
    expect(await list('author=me&updatedSince=2026-11-28T10:00:00.001Z')).toEqual([]);

    // An edit moves the article into the next pull's window.
    desk.clock.now = new Date('2026-11-28T11:00:00.000Z');
    const edit = await desk.call('PUT', `/api/articles/${later}`, { as: 'reporter', headers: { 'if-match': '"1"' }, body: { content: readyContent('Mine, edited') } });
    expect(edit.statusCode).toBe(200);
    expect(await list('author=me&updatedSince=2026-11-28T10:30:00%2B00:00')).toEqual(['Mine, edited']);
    const bad = await desk.call('GET', '/api/articles?updatedSince=yesterday', { as: 'reporter' });
    expect(bad.statusCode).toBe(400);
  });
});

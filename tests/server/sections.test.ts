import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionListResponseSchema, serverArticleSchema, serverErrorSchema } from '../../shared/server-api';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';

describe.each(databaseTargets())('sections on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  async function list() {
    const response = await desk.call('GET', '/api/sections');
    expect(response.statusCode).toBe(200);
    return sectionListResponseSchema.parse(response.json()).items;
  }

  async function submitted(changes: Partial<ReturnType<typeof readyContent>>) {
    const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: { ...readyContent(), ...changes } } });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = serverArticleSchema.parse(created.json());
    expect((await desk.call('POST', `/api/articles/${id}/transitions`, { as: 'reporter', body: { action: 'submit' } })).statusCode).toBe(200);
    return id;
  }
  const approve = (id: string) => desk.call('POST', `/api/articles/${id}/transitions`, { as: 'chief_editor', body: { action: 'approve', revision: 1 } });

  it('a new server lists the Hong Kong default sections to anyone, in order, with both names', async () => {
    const items = await list();
    expect(items.map((section) => section.slug)).toEqual(['hong-kong', 'china', 'world', 'business', 'sport', 'opinion', 'culture']);
    expect(items[0]).toEqual({ slug: 'hong-kong', names: { en: 'Hong Kong', 'zh-Hant': '香港' }, position: 0 });
  });

  it('only admins add or rename a section', async () => {
    const body = { names: { en: 'Property', 'zh-Hant': '地產' }, position: 7 };
    expect((await desk.call('PUT', '/api/sections/property', { body })).statusCode).toBe(401);
    expect((await desk.call('PUT', '/api/sections/property', { as: 'chief_editor', body })).statusCode).toBe(403);
    const saved = await desk.call('PUT', '/api/sections/property', { as: 'admin', body });
    expect(saved.statusCode, saved.body).toBe(200);
    const renamed = await desk.call('PUT', '/api/sections/property', { as: 'admin', body: { ...body, names: { en: 'Property', 'zh-Hant': '樓市' } } });
    expect(renamed.statusCode).toBe(200);
    expect((await list()).find((section) => section.slug === 'property')).toEqual({ slug: 'property', names: { en: 'Property', 'zh-Hant': '樓市' }, position: 7 });
  });

  it('refuses a section slug a URL would escape, and empty names', async () => {
    const bad = await desk.call('PUT', '/api/sections/Hong%20Kong', { as: 'admin', body: { names: { en: 'HK', 'zh-Hant': '港' }, position: 0 } });
    expect(bad.statusCode).toBe(400);
    const empty = await desk.call('PUT', '/api/sections/lifestyle', { as: 'admin', body: { names: { en: ' ', 'zh-Hant': '生活' }, position: 0 } });
    expect(empty.statusCode).toBe(400);
  });

  it('refuses to delete a section articles use; deletes an unused one', async () => {
    await submitted({ section: 'property' });
    const inUse = await desk.call('DELETE', '/api/sections/property', { as: 'admin' });
    expect(inUse.statusCode).toBe(409);
    expect(serverErrorSchema.parse(inUse.json()).error.message).toContain('"property"');
    await desk.call('PUT', '/api/sections/spare', { as: 'admin', body: { names: { en: 'Spare', 'zh-Hant': '備用' }, position: 9 } });
    expect((await desk.call('DELETE', '/api/sections/spare', { as: 'chief_editor' })).statusCode).toBe(403);
    expect((await desk.call('DELETE', '/api/sections/spare', { as: 'admin' })).statusCode).toBe(204);
    expect((await list()).some((section) => section.slug === 'spare')).toBe(false);
    expect((await desk.call('DELETE', '/api/sections/spare', { as: 'admin' })).statusCode).toBe(404);
  });

  it('refuses approval of an article whose section is not on the list, naming it', async () => {
    const id = await submitted({ section: '香港' });
    const refused = await approve(id);
    expect(refused.statusCode).toBe(422);
    expect(serverErrorSchema.parse(refused.json()).error.problems).toEqual([expect.objectContaining({ field: 'section', code: 'section_unknown', params: { section: '香港' } })]);
  });

  it('keeps an over-limit headline whole through a save and a fresh read, and refuses it at approval', async () => {
    const headline = `${'渡輪加價'.repeat(75)}`;
    const id = await submitted({ headline });
    const read = await desk.call('GET', `/api/articles/${id}`, { as: 'reporter' });
    expect(serverArticleSchema.parse(read.json()).headline).toBe(headline);
    const refused = await approve(id);
    expect(refused.statusCode).toBe(422);
    expect(serverErrorSchema.parse(refused.json()).error.problems).toEqual([expect.objectContaining({ code: 'headline_too_long', params: { length: 300, max: 120 } })]);
  });

  it('refuses approval of a slug another approved article holds, naming the slug', async () => {
    const first = await submitted({ slug: 'ferry-fares' });
    expect((await approve(first)).statusCode).toBe(200);
    const second = await submitted({ slug: 'ferry-fares' });
    const refused = await approve(second);
    expect(refused.statusCode).toBe(409);
    const { error } = serverErrorSchema.parse(refused.json());
    expect(error.message).toContain('"ferry-fares"');
    const renamed = await submitted({ slug: 'ferry-fares-2' });
    expect((await approve(renamed)).statusCode).toBe(200);
  });
});

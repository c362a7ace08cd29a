import { expect } from 'vitest';
import sharp from 'sharp';
import type { ArticleContent } from '../../../shared/article';
import type { MediaResponse, ServerArticle } from '../../../shared/server-api';
import { mediaResponseSchema, serverArticleSchema } from '../../../shared/server-api';
import { readyContent } from '../helpers/article-fixtures';
import type { TestDesk } from '../helpers/test-desk';

/** A ready article with our own fields on top. */
export function content(overrides: Partial<ArticleContent>): ArticleContent {
  return { ...readyContent(), ...overrides };
}

export function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

export function caseSection(title: string, text: string) {
  return { type: 'caseSection', attrs: { title }, content: [paragraph(text)] };
}

async function step(desk: TestDesk, id: string, body: Record<string, unknown>, as: 'reporter' | 'chief_editor' = 'chief_editor'): Promise<ServerArticle> {
  const response = await desk.call('POST', `/api/articles/${id}/transitions`, { as, body });
  expect(response.statusCode, response.body).toBe(200);
  return serverArticleSchema.parse(response.json());
}

/** Through the real workflow API: create, submit, approve, publish. Moves the clock a minute on. */
export async function publish(desk: TestDesk, article: ArticleContent): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: article } });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = serverArticleSchema.parse(created.json());
  await step(desk, id, { action: 'submit' }, 'reporter');
  await step(desk, id, { action: 'approve', revision: 1 });
  return step(desk, id, { action: 'publish', revision: 1 });
}

/** Edits a live article as the chief editor and records a correction with its note. */
export async function correct(desk: TestDesk, article: ServerArticle, changed: ArticleContent, note: string): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  const edited = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'chief_editor', headers: { 'if-match': `"${article.revision}"` }, body: { content: changed } });
  expect(edited.statusCode, edited.body).toBe(200);
  return step(desk, article.id, { action: 'correct', note });
}

export async function unpublish(desk: TestDesk, article: ServerArticle): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  return step(desk, article.id, { action: 'unpublish', note: 'Withdrawn' });
}

/** A real JPEG uploaded through the media API (renditions made by the server). */
export async function uploadJpeg(desk: TestDesk, width = 2400, height = 1600): Promise<MediaResponse> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } } }).jpeg().toBuffer();
  const boundary = '----copydesk-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ferry.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await desk.app.inject({
    method: 'POST',
    url: '/api/media',
    headers: { authorization: `Bearer ${desk.tokens.reporter}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return mediaResponseSchema.parse(response.json());
}

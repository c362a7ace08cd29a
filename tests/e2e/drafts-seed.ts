import type { Page } from '@playwright/test';
import { emptyArticleContent, type Language } from '../../shared/article';
import type { WebMode } from './fixtures/web-mode';

/** Creates a draft through the DeskApi (the page must already hold this run's token cookie). */
export async function seedDraft(
  page: Page,
  mode: WebMode,
  fields: { headline: string; paragraph: string; tags?: string[]; language?: Language },
): Promise<string> {
  const created = await (await page.request.post(`${mode.origin}/desk/drafts/create`, { data: {} })).json();
  if (!created.ok) throw new Error(`drafts:create failed: ${JSON.stringify(created)}`);
  const id: string = created.value.id;
  const content = {
    ...emptyArticleContent(fields.language ?? 'zh-Hant'),
    headline: fields.headline,
    tags: fields.tags ?? [],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: fields.paragraph }] }] },
  };
  const saved = await (await page.request.post(`${mode.origin}/desk/drafts/save`, { data: { id, content } })).json();
  if (!saved.ok) throw new Error(`drafts:save failed: ${JSON.stringify(saved)}`);
  return id;
}

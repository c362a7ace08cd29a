// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { DraftsScreen } from '../../../renderer/screens/drafts/DraftsScreen';
import type { DraftSearchHit } from '../../../shared/desk-api-drafts';
import { byLabel, click, mount, typeInto, type Mounted } from '../article/mount';

const hit: DraftSearchHit = {
  draft: { id: 'd1', headline: 'Ferry fares', language: 'en', status: 'draft', revision: 3, updatedAt: '2026-11-29T08:00:00.000Z', createdAt: '2026-11-29T07:00:00.000Z' },
  tags: [],
  topics: [],
  snippet: '',
  headlineHighlights: [],
  snippetHighlights: [],
};

/** One draft in English, found only with no query and no filter but English. */
const oneDraft: DeskTransport = async (channel, request) => {
  if (channel === 'drafts:quarantined') return { ok: true, value: [] };
  if (channel !== 'drafts:search') return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  const query = typeof request === 'object' && request !== null ? request : {};
  const matches = (!('query' in query) || query.query === '') && (!('language' in query) || query.language === undefined || query.language === 'en') && !('status' in query && query.status !== undefined);
  return { ok: true, value: matches ? { total: 1, hits: [hit] } : { total: 0, hits: [] } };
};

async function waitFor(mounted: Mounted, text: string): Promise<string> {
  for (let tries = 0; tries < 50 && !mounted.container.textContent?.includes(text); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  return mounted.container.textContent ?? '';
}

async function choose(select: Element | null, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a select');
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('a search or filter with no match', () => {
  let mounted: Mounted | undefined;
  afterEach(async () => mounted?.unmount());

  it('says no draft matches the filters, never "No drafts yet", and clears them on request', async () => {
    mounted = await mount(<DeskProvider client={createDeskClient(oneDraft)}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    await waitFor(mounted, 'Ferry fares');
    await choose(byLabel(mounted.container, 'Status'), 'published');
    const text = await waitFor(mounted, 'No drafts match');
    expect(text).toContain('No drafts match the status and language chosen.');
    expect(text).not.toContain('No drafts yet');

    await click(Array.from(mounted.container.querySelectorAll('button')).find((button) => button.textContent === 'Clear the search and filters') ?? null);
    expect(await waitFor(mounted, 'Ferry fares')).toContain('Ferry fares');
    expect(byLabel(mounted.container, 'Status')).toHaveProperty('value', '');
  });

  it('names the words searched for, with or without filters', async () => {
    mounted = await mount(<DeskProvider client={createDeskClient(oneDraft)}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    await waitFor(mounted, 'Ferry fares');
    await typeInto(byLabel(mounted.container, 'Search drafts'), '巴士');
    expect(await waitFor(mounted, 'No drafts match')).toContain('No drafts match “巴士”.');
    await choose(byLabel(mounted.container, 'Language'), 'zh-Hant');
    expect(await waitFor(mounted, 'with the status')).toContain('No drafts match “巴士” with the status and language chosen.');
  });
});

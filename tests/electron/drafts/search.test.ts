import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import type { DraftSearchHit, DraftSearchQuery } from '../../../shared/desk-api-drafts';
import { contentWith, deskValue, manualClock, minute, temporaryDataDir, testAppInfo } from './draft-fixtures';

describe('search drafts', () => {
  let dataDir: string;
  let desk: Desk;
  const clock = manualClock();
  const ids = new Map<string, string>();
  const open = () =>
    createDesk({ dataDir, appInfo: testAppInfo, drafts: { now: clock.now } });
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk, channel, request);
  const search = (request: DraftSearchQuery) => call<{ total: number; hits: DraftSearchHit[] }>('drafts:search', request);
  const headlines = async (request: DraftSearchQuery) => (await search(request)).hits.map((hit) => hit.draft.headline);

  async function add(name: string, fields: Parameters<typeof contentWith>[0], inReview = false): Promise<void> {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith(fields) });
    ids.set(name, id);
    if (inReview) {
      // Workflow states come from the server; here the file is set as a synced draft would be.
      const draft = { ...(await desk.drafts.get(id)), status: 'in_review' as const };
      await desk.drafts.files.write(draft);
      await desk.drafts.catalog.put(draft, null);
    }
    clock.advance(minute);
  }

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    desk = await open();
    await add('ferry', { headline: '渡輪加價', paragraphs: ['天星小輪宣布明年一月起加價。'], tags: ['交通'], topics: ['生活成本'] });
    await add('bus', { headline: 'Bus fares frozen', paragraphs: ['The Transport Department said ferry routes are unaffected.'], tags: ['transport'], language: 'en' });
    await add('harbour', { headline: '海港清潔', paragraphs: ['渡輪碼頭附近海面垃圾增加。'], tags: ['環境'] }, true);
    await add('ferryEn', { headline: 'Ferry operators seek subsidy', paragraphs: ['Fuel costs rose sharply.'], tags: ['Ferries'], topics: ['Cost of living'], language: 'en' });
  });

  afterAll(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds a two-character Chinese query in content, title and keyword scopes', async () => {
    expect(await headlines({ query: '渡輪', scope: 'content' })).toEqual(['海港清潔', '渡輪加價']);
    expect(await headlines({ query: '渡輪', scope: 'title' })).toEqual(['渡輪加價']);
    expect(await headlines({ query: '交通', scope: 'keyword' })).toEqual(['渡輪加價']);
    expect(await headlines({ query: '成本', scope: 'keyword' })).toEqual(['渡輪加價']);
  });

  it('finds a single Chinese character and longer phrases', async () => {
    expect(await headlines({ query: '價', scope: 'content', sort: 'oldest' })).toEqual(['渡輪加價']);
    expect(await headlines({ query: '天星小輪', scope: 'content' })).toEqual(['渡輪加價']);
    expect(await headlines({ query: '小輪渡', scope: 'content' })).toEqual([]);
  });

  it('matches English case-insensitively, every word required', async () => {
    expect(await headlines({ query: 'FERRY', scope: 'title' })).toEqual(['Ferry operators seek subsidy']);
    expect(await headlines({ query: 'ferry fuel', scope: 'content' })).toEqual(['Ferry operators seek subsidy']);
    expect(await headlines({ query: 'cost of living', scope: 'keyword' })).toEqual(['Ferry operators seek subsidy']);
  });

  it('sorts new to old, old to new, and by relevance with title matches first', async () => {
    expect(await headlines({ query: 'ferry', scope: 'content', sort: 'newest' })).toEqual(['Ferry operators seek subsidy', 'Bus fares frozen']);
    expect(await headlines({ query: 'ferry', scope: 'content', sort: 'oldest' })).toEqual(['Bus fares frozen', 'Ferry operators seek subsidy']);
    expect(await headlines({ query: '渡輪', scope: 'content', sort: 'newest' })).toEqual(['海港清潔', '渡輪加價']);
    expect(await headlines({ query: '渡輪', scope: 'content', sort: 'relevance' })).toEqual(['渡輪加價', '海港清潔']);
  });

  it('filters by status and language and lists everything for an empty query', async () => {
    expect(await headlines({ query: '', language: 'en' })).toEqual(['Ferry operators seek subsidy', 'Bus fares frozen']);
    expect(await headlines({ query: '渡輪', status: 'in_review' })).toEqual(['海港清潔']);
    expect((await search({ query: '', limit: 2 })).total).toBe(4);
    expect(await headlines({ query: '', limit: 2, offset: 2 })).toHaveLength(2);
  });

  it('returns highlighted matches in the headline and a snippet', async () => {
    const [hit] = (await search({ query: 'ferry', scope: 'content', sort: 'oldest' })).hits;
    expect(hit?.snippet).toContain('ferry routes');
    const range = hit?.snippetHighlights[0];
    expect(hit?.snippet.slice(range?.start, range?.end)).toBe('ferry');
    const [chinese] = (await search({ query: '渡輪', scope: 'title' })).hits;
    expect(chinese?.headlineHighlights).toEqual([{ start: 0, end: 2 }]);
  });

  it('keeps the index across a restart and re-reads a draft changed outside the app', async () => {
    await desk.close();
    const id = ids.get('bus') ?? '';
    const draft = JSON.parse(await readFile(`${dataDir}/drafts/${id}.json`, 'utf8'));
    await writeFile(`${dataDir}/drafts/${id}.json`, JSON.stringify({ ...draft, headline: 'Tram fares frozen' }));
    // Changed after the snapshot, set rather than waited for.
    const later = new Date(Date.now() + 60_000);
    await utimes(`${dataDir}/drafts/${id}.json`, later, later);
    desk = await open();
    expect(await headlines({ query: '渡輪', scope: 'title' })).toEqual(['渡輪加價']);
    // The index comes from the snapshot written at close; changed files are found just after.
    await desk.drafts.catalog.verified;
    expect(await headlines({ query: 'tram', scope: 'title' })).toEqual(['Tram fares frozen']);
    expect(await headlines({ query: 'bus', scope: 'title' })).toEqual([]);
  });
});

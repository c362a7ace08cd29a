import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerArticle } from '../../../shared/server-api';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, paragraph, publish, unpublish } from './public-site-helpers';

interface Results {
  status: number;
  headlines: string[];
  document: Document;
  body: string;
}

describe.each(databaseTargets())('public search on %s', (target) => {
  let desk: TestDesk;
  let withdrawn: ServerArticle;

  async function search(query: Record<string, string>): Promise<Results> {
    const response = await desk.call('GET', `/search?${new URLSearchParams(query).toString()}`);
    const document = new JSDOM(response.body).window.document;
    return { status: response.statusCode, headlines: [...document.querySelectorAll('.article-list h2')].map((h) => h.textContent ?? ''), document, body: response.body };
  }

  beforeAll(async () => {
    desk = await createTestDesk(target);
    // Published in this order, a minute apart. Title hits are the newer English and the older
    // Chinese article, so relevance differs from both date sorts.
    await publish(desk, content({ slug: 'budget', headline: 'Budget surplus expected', standfirst: 'Treasury briefing', body: { type: 'doc', content: [paragraph('A new ferry pier is among the projects funded.')] }, tags: ['Economy'], topics: [] }));
    await publish(desk, content({ slug: 'ferry', headline: 'Harbour ferry fares to rise', standfirst: 'Operators cite fuel costs', body: { type: 'doc', content: [paragraph('The operators said fuel had doubled.')] }, tags: ['Transport'], topics: ['Cost of living'] }));
    await publish(desk, content({ slug: 'mtr', language: 'zh-Hant', headline: '港鐵延誤兩小時', standfirst: '信號故障', body: { type: 'doc', content: [paragraph('乘客在車站等候。')] }, tags: ['交通'], topics: ['港鐵服務'] }));
    await publish(desk, content({ slug: 'weather', language: 'zh-Hant', headline: '天氣報告', standfirst: '明日有雨', body: { type: 'doc', content: [paragraph('天文台提醒往港鐵站的市民帶備雨具。')] }, tags: ['天氣'], topics: [] }));
    withdrawn = await publish(desk, content({ slug: 'withdrawn', headline: 'Ferry strike called off', tags: ['Transport'] }));
    await unpublish(desk, withdrawn);
  });
  afterAll(async () => desk?.close());

  it('content scope, English: every sort', async () => {
    expect((await search({ q: 'ferry', scope: 'content', sort: 'newest' })).headlines).toEqual(['Harbour ferry fares to rise', 'Budget surplus expected']);
    expect((await search({ q: 'ferry', scope: 'content', sort: 'oldest' })).headlines).toEqual(['Budget surplus expected', 'Harbour ferry fares to rise']);
    // A title hit outranks a body hit (here the newer one; in Chinese below, the older one).
    expect((await search({ q: 'Ferry', scope: 'content', sort: 'relevance' })).headlines).toEqual(['Harbour ferry fares to rise', 'Budget surplus expected']);
    expect((await search({ q: 'fuel operators' })).headlines).toEqual(['Harbour ferry fares to rise']);
  });

  it('content scope, Chinese one and two characters: every sort', async () => {
    for (const q of ['鐵', '港鐵']) {
      expect((await search({ q, scope: 'content', sort: 'newest' })).headlines).toEqual(['天氣報告', '港鐵延誤兩小時']);
      expect((await search({ q, scope: 'content', sort: 'oldest' })).headlines).toEqual(['港鐵延誤兩小時', '天氣報告']);
      expect((await search({ q, scope: 'content', sort: 'relevance' })).headlines).toEqual(['港鐵延誤兩小時', '天氣報告']);
    }
    expect((await search({ q: '車站' })).headlines).toEqual(['港鐵延誤兩小時']);
    expect((await search({ q: '港鐵延誤' })).headlines).toEqual(['港鐵延誤兩小時']);
  });

  it('title scope, English and Chinese: every sort', async () => {
    for (const sort of ['newest', 'oldest', 'relevance']) {
      expect((await search({ q: 'ferry', scope: 'title', sort })).headlines).toEqual(['Harbour ferry fares to rise']);
      expect((await search({ q: '港鐵', scope: 'title', sort })).headlines).toEqual(['港鐵延誤兩小時']);
      expect((await search({ q: '雨', scope: 'title', sort })).headlines).toEqual([]);
    }
  });

  it('keyword scope searches tags and topics, English and Chinese: every sort', async () => {
    for (const sort of ['newest', 'oldest', 'relevance']) {
      expect((await search({ q: 'transport', scope: 'keyword', sort })).headlines).toEqual(['Harbour ferry fares to rise']);
      expect((await search({ q: 'living', scope: 'keyword', sort })).headlines).toEqual(['Harbour ferry fares to rise']);
      expect((await search({ q: '交通', scope: 'keyword', sort })).headlines).toEqual(['港鐵延誤兩小時']);
      expect((await search({ q: '港鐵', scope: 'keyword', sort })).headlines).toEqual(['港鐵延誤兩小時']);
      expect((await search({ q: 'ferry', scope: 'keyword', sort })).headlines).toEqual([]);
    }
    const mixed = await search({ q: 'economy', scope: 'keyword', sort: 'newest' });
    expect(mixed.headlines).toEqual(['Budget surplus expected']);
  });

  it('highlights matches in headlines and snippets, and keeps the form filled in', async () => {
    const chinese = await search({ q: '港鐵', sort: 'relevance' });
    expect(chinese.document.querySelector('.article-list li h2 mark')?.textContent).toBe('港鐵');
    expect([...chinese.document.querySelectorAll('.snippet mark')].map((mark) => mark.textContent)).toContain('港鐵');
    const english = await search({ q: 'pier', scope: 'content', sort: 'oldest' });
    expect(english.document.querySelector('.snippet mark')?.textContent).toBe('pier');
    expect(english.document.querySelector('p[role=status]')?.textContent).toBe('找到 1 篇文章');
    expect(english.document.querySelector<HTMLInputElement>('#site-search-q')?.value).toBe('pier');
    expect(english.document.querySelector<HTMLSelectElement>('#site-search-sort')?.value).toBe('oldest');
    // Searching from an English page answers in English.
    const fromEnglish = await search({ q: 'pier', lang: 'en' });
    expect(fromEnglish.document.documentElement.lang).toBe('en');
    expect(fromEnglish.document.querySelector('p[role=status]')?.textContent).toBe('1 article found');
  });

  it('leaves unpublished articles out', async () => {
    expect((await search({ q: 'strike' })).headlines).toEqual([]);
  });

  it('answers empty, unsearchable, unsafe and hostile queries with a friendly page', async () => {
    const empty = await search({ q: '' });
    expect(empty.status).toBe(200);
    expect(empty.document.querySelector('.notice')?.textContent).toBe('請輸入字詞或名稱搜尋新聞。');
    const punctuation = await search({ q: '"*)(^' });
    expect(punctuation.status).toBe(200);
    expect(punctuation.document.querySelector('.notice')).not.toBeNull();
    const tooLong = await search({ q: 'a'.repeat(250) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.document.querySelector('.notice')?.textContent).toContain('200');
    expect(tooLong.body).not.toContain('a'.repeat(250));
    for (const q of ['ferry" OR "budget', "ferry') OR 1=1 --", 'title : budget', 'NEAR(ferry budget)', "港鐵' & '天氣", '\\x'] as const) {
      const hostile = await search({ q, scope: 'content', sort: 'relevance' });
      expect(hostile.status, q).toBe(200);
      expect(hostile.document.querySelector('.listing-title')?.textContent).toBe('搜尋結果');
    }
    const script = await search({ q: '<script>alert(1)</script>' });
    expect(script.body).not.toContain('<script>alert');
    const odd = await search({ q: 'ferry', scope: 'everything', sort: 'sideways', page: 'x' });
    expect(odd.status).toBe(200);
    expect(odd.headlines).toEqual(['Harbour ferry fares to rise', 'Budget surplus expected']);
  });
});

import { XMLParser } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicDb } from '../../../server/public-site/db/public-site-tables';
import { insertPublicPages } from '../../../server/public-site/db/store-public-pages';
import { articleSearchTerms } from '../../../server/public-site/search/article-search-terms';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, publish, unpublish } from './public-site-helpers';

function headlines(html: string): string[] {
  return [...new JSDOM(html).window.document.querySelectorAll('.article-list h2')].map((h) => h.textContent ?? '');
}

const xml = new XMLParser({ ignoreAttributes: false });

function locations(body: string): string[] {
  const parsed: unknown = xml.parse(body);
  const set = typeof parsed === 'object' && parsed !== null && 'urlset' in parsed ? parsed.urlset : undefined;
  const urls = typeof set === 'object' && set !== null && 'url' in set ? set.url : [];
  const list: unknown[] = Array.isArray(urls) ? urls : [urls];
  return list.flatMap((url) => (typeof url === 'object' && url !== null && 'loc' in url && typeof url.loc === 'string' ? [url.loc] : []));
}

function sitemapFiles(body: string): { loc: string; lastmod: string }[] {
  const parsed: unknown = xml.parse(body);
  const index = typeof parsed === 'object' && parsed !== null && 'sitemapindex' in parsed ? parsed.sitemapindex : undefined;
  const entries = typeof index === 'object' && index !== null && 'sitemap' in index ? index.sitemap : [];
  const list: unknown[] = Array.isArray(entries) ? entries : [entries];
  return list.flatMap((entry) =>
    typeof entry === 'object' && entry !== null && 'loc' in entry && typeof entry.loc === 'string' ? [{ loc: entry.loc, lastmod: 'lastmod' in entry ? String(entry.lastmod) : '' }] : [],
  );
}

describe.each(databaseTargets())('public listings and feeds on %s', (target) => {
  let desk: TestDesk;
  const pagingCount = 21;

  beforeAll(async () => {
    desk = await createTestDesk(target, { publicSite: { sitemapSize: 10 } });
    // Sections of this test's own, added as the newsroom's admin would (approval refuses unknown ones).
    for (const [slug, en, zh] of [['archive', 'Archive', '資料庫'], ['paging', 'Paging', '分頁']]) {
      const saved = await desk.call('PUT', `/api/sections/${slug}`, { as: 'admin', body: { names: { en, 'zh-Hant': zh }, position: 50 } });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    // A story from three days ago (the news sitemap keeps only two days), then today's.
    const today = desk.clock.now;
    desk.clock.now = new Date(today.getTime() - 3 * 24 * 60 * 60 * 1000);
    await publish(desk, content({ slug: 'old-story', headline: 'Old story', section: 'archive', tags: ['History'] }));
    desk.clock.now = today;
    for (let index = 1; index <= pagingCount; index += 1) {
      await publish(desk, content({ slug: `paging-${index}`, headline: `Paging story ${index}`, section: 'paging', tags: ['Paging'], topics: [] }));
    }
    await publish(desk, content({ slug: 'ferry', headline: 'Harbour ferry fares to rise', section: 'hong-kong', tags: ['Transport', '交通'], topics: ['Cost of living'] }));
    const gone = await publish(desk, content({ slug: 'gone', headline: 'Withdrawn story', section: 'hong-kong', tags: ['Transport'] }));
    await unpublish(desk, gone);
    await publish(desk, content({ slug: 'mtr', language: 'zh-Hant', headline: '港鐵延誤', section: 'hong-kong', tags: ['交通'], topics: [] }));
  });
  afterAll(async () => desk?.close());

  it('home lists the latest first, without withdrawn articles, on one page while it is shorter than two', async () => {
    const first = await desk.call('GET', '/');
    expect(first.statusCode).toBe(200);
    const listed = headlines(first.body);
    expect(listed.slice(0, 3)).toEqual(['港鐵延誤', 'Harbour ferry fares to rise', `Paging story ${pagingCount}`]);
    // 24 live articles, pages of 20: not enough for an archive page of 20 and a front of 20.
    expect(listed).toHaveLength(24);
    expect(listed.at(-1)).toBe('Old story');
    expect(first.body).not.toContain('Withdrawn story');
    expect(new JSDOM(first.body).window.document.querySelector('nav.pagination')).toBeNull();
    // An archive page the listing does not have sends the reader to the front, where its articles are.
    const missing = await desk.call('GET', '/?page=2');
    expect(missing.statusCode).toBe(302);
    expect(missing.headers.location).toBe('/');
  });

  it('section listings list their own articles only', async () => {
    expect(headlines((await desk.call('GET', '/sections/paging')).body)).toHaveLength(pagingCount);
    expect(headlines((await desk.call('GET', '/sections/hong-kong')).body)).toEqual(['港鐵延誤', 'Harbour ferry fares to rise']);
    expect((await desk.call('GET', '/sections/nowhere')).statusCode).toBe(404);
  });

  it('tag and topic listings match labels whatever their case, Chinese included', async () => {
    expect(headlines((await desk.call('GET', '/tags/transport')).body)).toEqual(['Harbour ferry fares to rise']);
    expect(headlines((await desk.call('GET', `/tags/${encodeURIComponent('交通')}`)).body)).toEqual(['港鐵延誤', 'Harbour ferry fares to rise']);
    expect(headlines((await desk.call('GET', `/topics/${encodeURIComponent('Cost of Living')}`)).body)).toEqual(['Harbour ferry fares to rise', 'Old story']);
    expect((await desk.call('GET', '/tags/unknown-tag')).statusCode).toBe(404);
    // The article page links its tags and topics to these listings.
    const page = new JSDOM((await desk.call('GET', '/articles/ferry')).body).window.document;
    expect(page.querySelector('a.tag')?.getAttribute('href')).toBe('/tags/Transport');
    expect(page.querySelector('a.topic')?.getAttribute('href')).toBe('/topics/Cost%20of%20living');
  });

  it('RSS 2.0 for the site and per section parses back with a real feed parser', async () => {
    const parser = new Parser();
    const response = await desk.call('GET', '/feed.xml');
    expect(response.headers['content-type']).toContain('application/rss+xml');
    const feed = await parser.parseString(response.body);
    expect(feed.title).toBe('筆政新聞');
    expect(feed.items).toHaveLength(pagingCount + 3);
    expect(feed.items[0]).toMatchObject({ title: '港鐵延誤', link: 'http://localhost:8080/articles/mtr', guid: 'http://localhost:8080/articles/mtr' });
    expect(feed.items[1]?.categories).toEqual(['hong-kong', 'Transport', '交通']);
    expect(Date.parse(feed.items[0]?.pubDate ?? '')).toBe(desk.clock.now.getTime());
    const section = await parser.parseString((await desk.call('GET', '/sections/hong-kong/feed.xml')).body);
    expect(section.items.map((item) => item.title)).toEqual(['港鐵延誤', 'Harbour ferry fares to rise']);
    expect((await desk.call('GET', '/sections/nowhere/feed.xml')).statusCode).toBe(404);
  });

  it('the sitemaps list every live article, the news sitemap only the last two days', async () => {
    const index = await desk.call('GET', '/sitemap.xml');
    expect(index.headers['content-type']).toContain('application/xml');
    const files = sitemapFiles(index.body);
    // 10 articles a file in this suite, one day's articles per file: the old story's day, then
    // today's 23 live ones (21 paging, ferry, mtr) in three files. Every one is in exactly one.
    const site = 'http://localhost:8080/sitemaps/';
    expect(files.map((file) => file.loc)).toEqual([`${site}1.xml`, `${site}2026-11-25.xml`, `${site}2026-11-28.xml`, `${site}2026-11-28-2.xml`, `${site}2026-11-28-3.xml`]);
    const all: string[] = [];
    const perFile: number[] = [];
    for (const file of files) {
      const sitemap = await desk.call('GET', new URL(file.loc).pathname);
      expect(sitemap.statusCode).toBe(200);
      perFile.push(locations(sitemap.body).length);
      all.push(...locations(sitemap.body));
    }
    expect(perFile).toEqual([1, 1, 10, 10, 3]);
    expect(all[0]).toBe('http://localhost:8080/');
    expect(all).toContain('http://localhost:8080/articles/old-story');
    expect(all).toContain('http://localhost:8080/articles/mtr');
    expect(all).not.toContain('http://localhost:8080/articles/gone');
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(pagingCount + 4);
    // Oldest first: the first day file holds the oldest story; today's files carry today's latest change.
    expect(all[1]).toBe('http://localhost:8080/articles/old-story');
    expect(all.at(-1)).toBe('http://localhost:8080/articles/mtr');
    expect(files.at(-1)?.lastmod).toBe(files.map((file) => file.lastmod).sort().at(-1));
    expect(files[1]?.lastmod.slice(0, 10)).toBe('2026-11-25');
    for (const missing of ['2026-11-28-4', '2026-11-26', '2026-02-31', '2', '0', 'x', '2026-11-28-1', '2026-11-28-01']) {
      expect((await desk.call('GET', `/sitemaps/${missing}.xml`)).statusCode, missing).toBe(404);
    }

    const robots = await desk.call('GET', '/robots.txt');
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.body).toContain('Sitemap: http://localhost:8080/sitemap.xml');
    expect(robots.body).toContain('Sitemap: http://localhost:8080/news-sitemap.xml');
    expect(robots.body).toContain('Disallow: /api/');
    const news = await desk.call('GET', '/news-sitemap.xml');
    const recent = locations(news.body);
    expect(recent).toContain('http://localhost:8080/articles/mtr');
    expect(recent).not.toContain('http://localhost:8080/articles/old-story');
    expect(news.body).toContain('<news:title>港鐵延誤</news:title>');
    expect(news.body).toContain('<news:language>zh-tw</news:language>');
  });

  it('a site with nothing published yet has a sitemap index with the one file holding the home page', async () => {
    const empty = await createTestDesk(target);
    try {
      const files = sitemapFiles((await empty.call('GET', '/sitemap.xml')).body);
      expect(files).toEqual([{ loc: 'http://localhost:8080/sitemaps/1.xml', lastmod: '' }]);
      expect(locations((await empty.call('GET', '/sitemaps/1.xml')).body)).toEqual(['http://localhost:8080/']);
    } finally {
      await empty.close();
    }
  });

  it('listings, feeds and the stylesheet revalidate with 304 and carry the strict CSP', async () => {
    for (const url of ['/', '/sections/hong-kong', '/tags/transport', '/feed.xml', '/sitemap.xml', '/sitemaps/1.xml', '/news-sitemap.xml', '/robots.txt', '/assets/site.css', '/search?q=ferry']) {
      const first = await desk.call('GET', url);
      expect(first.statusCode, url).toBe(200);
      expect(String(first.headers['content-security-policy']), url).toContain("script-src 'none'");
      const etag = String(first.headers.etag);
      expect((await desk.call('GET', url, { headers: { 'if-none-match': etag } })).statusCode, url).toBe(304);
    }
    const feed = await desk.call('GET', '/feed.xml');
    const since = String(feed.headers['last-modified']);
    expect((await desk.call('GET', '/feed.xml', { headers: { 'if-modified-since': since } })).statusCode).toBe(304);
    // A new article changes the feed: the old ETag no longer matches.
    await publish(desk, content({ slug: 'newest', headline: 'Newest story' }));
    expect((await desk.call('GET', '/feed.xml', { headers: { 'if-none-match': String(feed.headers.etag) } })).statusCode).toBe(200);
  });

  it('the site feed holds the latest 50 articles', async () => {
    // Bulk-stored through the same insert the publishing hook uses (publishing 50 more through the API is slow).
    const base = desk.clock.now.getTime() + 60 * 60 * 1000;
    const records = Array.from({ length: 55 }, (_, index) => {
      const at = new Date(base + index * 1000).toISOString();
      return {
        articleId: `bulk-${index}`, docId: (base + index * 1000) * 1000, slug: `bulk-${index}`, state: 'live' as const, language: 'en', section: 'bulk',
        headline: `Bulk story ${index}`, standfirst: '', bodyText: '', tags: [], topics: [], image: null, publishedAt: at, modifiedAt: at,
        html: '<!doctype html><title>bulk</title>', ninjs: '{}', etag: `"bulk-${index}"`,
        mediaIds: [],
        terms: articleSearchTerms({ headline: `Bulk story ${index}`, standfirst: '', bodyText: '', tags: [], topics: [] }),
      };
    });
    await insertPublicPages(publicDb(desk.database.db), records);
    const feed = await new Parser().parseString((await desk.call('GET', '/feed.xml')).body);
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]?.title).toBe('Bulk story 54');
    expect(feed.items[49]?.title).toBe('Bulk story 5');
  });
});

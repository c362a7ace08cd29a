import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, publish, unpublish } from './public-site-helpers';
import type { ServerArticle } from '../../../shared/server-api';

function page(html: string): { headlines: string[]; newer: string | null; older: string | null; label: string | null } {
  const document = new JSDOM(html).window.document;
  return {
    headlines: [...document.querySelectorAll('.article-list h2')].map((h) => h.textContent ?? ''),
    newer: document.querySelector('nav.pagination a[rel=prev]')?.getAttribute('href') ?? null,
    older: document.querySelector('nav.pagination a[rel=next]')?.getAttribute('href') ?? null,
    label: document.querySelector('nav.pagination > span:not(:empty)')?.textContent ?? null,
  };
}

function stories(from: number, to: number): string[] {
  const list: string[] = [];
  for (let index = to; index >= from; index -= 1) list.push(`Story ${index}`);
  return list;
}

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.close();
  desk = undefined;
});

describe.each(databaseTargets())('listing archive pages on %s (pages of 5)', (target) => {
  async function section(n: number, language: 'en' | 'zh-Hant' = 'en'): Promise<ServerArticle> {
    if (!desk) throw new Error('no desk');
    return publish(desk, content({ slug: `story-${n}`, language, headline: `Story ${n}`, section: 'hong-kong', tags: ['Archive'], topics: [] }));
  }

  it('archive pages are counted from the oldest and stay the same pages as newer articles are published', async () => {
    desk = await createTestDesk(target, { publicSite: { pageSize: 5 } });
    // 23:58 and 23:59 on 27 November in Hong Kong, then 28 November from midnight.
    desk.clock.now = new Date('2026-11-27T15:57:00.000Z');
    const published: ServerArticle[] = [];
    for (let n = 1; n <= 13; n += 1) published.push(await section(n));

    // 13 articles: one archive page of the 5 oldest; the front has the 8 newest.
    const front = page((await desk.call('GET', '/sections/hong-kong')).body);
    expect(front.headlines).toEqual(stories(6, 13));
    expect(front.newer).toBeNull();
    expect(front.older).toBe('/sections/hong-kong?page=1');
    const oldest = await desk.call('GET', '/sections/hong-kong?page=1');
    expect(page(oldest.body)).toEqual({ headlines: stories(1, 5), newer: '/sections/hong-kong', older: null, label: '2026-11-27 to 2026-11-28' });

    // Two more: 15 = two archive pages and a front of 5; page 1 is the same page, byte for byte.
    await section(14);
    await section(15);
    expect(page((await desk.call('GET', '/sections/hong-kong')).body)).toMatchObject({ headlines: stories(11, 15), older: '/sections/hong-kong?page=2' });
    expect(page((await desk.call('GET', '/sections/hong-kong?page=2')).body)).toEqual({ headlines: stories(6, 10), newer: '/sections/hong-kong', older: '/sections/hong-kong?page=1', label: '2026-11-28' });
    const oldestAgain = await desk.call('GET', '/sections/hong-kong?page=1');
    expect(page(oldestAgain.body).newer).toBe('/sections/hong-kong?page=2');
    expect(page(oldestAgain.body).headlines).toEqual(stories(1, 5));
    // Page 3 does not exist yet: its articles are on the front.
    const later = await desk.call('GET', '/sections/hong-kong?page=3');
    expect([later.statusCode, later.headers.location]).toEqual([302, '/sections/hong-kong']);
    // A publish that does not complete a page leaves every archive page as it was.
    const pageTwo = (await desk.call('GET', '/sections/hong-kong?page=2')).body;
    published.push(await section(16));
    expect((await desk.call('GET', '/sections/hong-kong?page=2')).body).toBe(pageTwo);

    // Withdrawing an old story moves every newer one back a place.
    const [, second, third] = published;
    if (!second || !third) throw new Error('no stories 2 and 3');
    await unpublish(desk, second);
    expect(page((await desk.call('GET', '/sections/hong-kong?page=1')).body).headlines).toEqual(['Story 6', 'Story 5', 'Story 4', 'Story 3', 'Story 1']);
    expect(page((await desk.call('GET', '/sections/hong-kong?page=2')).body).headlines).toEqual(stories(7, 11));
    expect(page((await desk.call('GET', '/sections/hong-kong')).body).headlines).toEqual(stories(12, 16));
    // One more, and 14 articles make one archive page fewer: its articles are on the front again.
    await unpublish(desk, third);
    expect(page((await desk.call('GET', '/sections/hong-kong?page=1')).body)).toMatchObject({ headlines: ['Story 7', 'Story 6', 'Story 5', 'Story 4', 'Story 1'], newer: '/sections/hong-kong' });
    expect(page((await desk.call('GET', '/sections/hong-kong')).body).headlines).toEqual(stories(8, 16));
    expect((await desk.call('GET', '/sections/hong-kong?page=2')).statusCode).toBe(302);
  });

  it('tag listings and home page the same way, and odd page values read as the front', async () => {
    desk = await createTestDesk(target, { publicSite: { pageSize: 5 } });
    for (let n = 1; n <= 10; n += 1) await section(n, 'zh-Hant');
    // A listing of Chinese articles is in Chinese, its pagination too.
    expect(page((await desk.call('GET', '/tags/archive?page=1')).body)).toEqual({ headlines: stories(1, 5), newer: '/tags/archive', older: null, label: '2026-11-28' });
    const front = new JSDOM((await desk.call('GET', '/tags/archive')).body).window.document;
    expect(front.querySelector('nav.pagination a[rel=next]')?.textContent).toBe('較舊文章');
    expect(front.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe('頁碼');
    expect(page((await desk.call('GET', '/tags/archive')).body).headlines).toEqual(stories(6, 10));
    expect(page((await desk.call('GET', '/?page=1')).body).headlines).toEqual(stories(1, 5));
    for (const odd of ['abc', '0', '-1', '1.5']) {
      const answer = await desk.call('GET', `/tags/archive?page=${odd}`);
      expect(answer.statusCode, odd).toBe(200);
      expect(page(answer.body).headlines, odd).toEqual(stories(6, 10));
    }
  });
});

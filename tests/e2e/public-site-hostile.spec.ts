import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../server/db/open-database';
import { publicSiteConfigFromEnv } from '../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../server/public-site/publishing/public-site-hooks';
import type { PublicSiteServer } from './public-site-server';
import { startPublicSiteServer } from './public-site-server';

// Script tags, event handlers, attribute breakouts, broken and unclosed markup.
const evil = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><svg onload=window.__pwned=3>"'></article></main><!--`;
const short = (max: number) => evil.slice(0, max);
const long = `${'長'.repeat(3000)}${'x'.repeat(20000)}`;

function text(value: string) {
  return { type: 'text', text: value };
}

let server: PublicSiteServer;
test.beforeAll(async () => {
  server = await startPublicSiteServer();
});
test.afterAll(async () => server?.close());

async function expectInert(page: Page, url: string, headline: string): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  // The page renders whole: headline as literal text, and the chrome after the article.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.locator('.site-footer')).toBeVisible();
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
    hrefs: [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
    srcs: [...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src') ?? ''),
  }));
  expect(state.pwned).toBeNull();
  expect(state.scripts).toBe(0);
  expect(state.handlers).toEqual([]);
  for (const href of state.hrefs) expect(href, href).toMatch(/^(https?:|mailto:|\/|#content$)/u);
  for (const src of state.srcs) expect(src, src).toMatch(/^(https?:|\/)/u);
  expect(dialogs).toEqual([]);
}

test('hostile input in every field, published through the API, runs no script and the page still renders', async ({ page }) => {
  const media = await server.uploadJpeg();
  // Sections are a managed list now: the hostile text goes into the section's names, which the page shows.
  await server.addSection('hostile', { en: short(60), 'zh-Hant': short(60) });
  const article = await server.publish({
    slug: 'hostile-api',
    language: 'en',
    section: 'hostile',
    headline: short(120),
    standfirst: `${evil} ${evil}`,
    byline: short(120),
    dateline: short(80),
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: `${evil}${long.slice(0, 800)}`, credit: short(200), alt: evil },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text(evil), { type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'https://example.org/"><script>window.__pwned=5</script>' } }] }] },
        { type: 'paragraph', content: [text(long)] },
        { type: 'caseSection', attrs: { title: short(200) }, content: [{ type: 'paragraph', content: [text(evil)] }] },
      ],
    },
    tags: [short(40), '" onmouseover="window.__pwned=6'],
    topics: [short(40)],
    relatedLinks: [{ title: evil, url: 'https://example.org/?q="><script>window.__pwned=7</script>' }],
  });
  await expectInert(page, `${server.url}/articles/hostile-api`, article.headline);
});

test('what the API would refuse (javascript: and data: addresses) is still made safe by the renderer', async ({ page }) => {
  const published = await server.publish({
    slug: 'hostile-base',
    language: 'zh-Hant',
    section: 'hong-kong',
    headline: '正常標題',
    standfirst: '',
    byline: '',
    dateline: '',
    leadImage: { mediaId: 'm1', src: 'https://example.org/a.jpg', caption: '圖片說明', credit: '(資料圖片)', alt: '圖片' },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [text('內文')] }] },
    tags: ['新聞'],
    topics: [],
    relatedLinks: [],
  });
  // Straight into the publishing hook, past the API's own checks: the renderer is the last line.
  const opened = openDatabase({ sqliteFile: join(server.dataDir, 'newsroom.sqlite') });
  try {
    await opened.db.transaction().execute((trx) =>
      publicSiteHooks(publicSiteConfigFromEnv()).published(
        {
          ...published,
          id: 'hostile-direct',
          slug: 'hostile-direct',
          headline: evil,
          leadImage: { mediaId: '"><script>', src: 'javascript:window.__pwned=8', caption: evil, credit: evil, alt: evil },
          body: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=9' } }] }] },
              { type: 'figure', attrs: { mediaId: 'x', src: 'data:text/html,<script>window.__pwned=10</script>', caption: evil, credit: evil, alt: evil } },
              { type: 'unknownNode', attrs: { onclick: 'window.__pwned=11' }, content: [text(evil)] },
            ],
          },
          tags: [evil],
          topics: ['javascript:window.__pwned=12'],
          relatedLinks: [{ title: evil, url: 'javascript:window.__pwned=13' }, { title: evil, url: ' JaVaScRiPt:window.__pwned=14' }],
        },
        trx,
      ),
    );
  } finally {
    await opened.db.destroy();
  }
  await expectInert(page, `${server.url}/articles/hostile-direct`, evil);
});

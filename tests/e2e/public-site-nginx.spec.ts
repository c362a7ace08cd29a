import { request as httpRequest } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { publicPagePolicy, securityHeaders } from '../../server/public-site/http/send-cached';
import { findNginx, startNginx } from '../../server/public-site/nginx/start-nginx';
import type { RunningNginx } from '../../server/public-site/nginx/start-nginx';
import type { PublicSiteServer } from './public-site-server';
import { startPublicSiteServer } from './public-site-server';
import { freePort } from '../helpers/free-port';

const nginxBinary = findNginx();
test.skip(nginxBinary === null, 'nginx is not installed here (apt-get install nginx); the static site cannot be served by it.');

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}


interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A raw GET (fetch would hide Content-Encoding and decompress). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** nginx's own validator for a file on disk ("<mtime hex>-<size hex>"), never the Node server's hash. */
const nginxEtag = /^"[0-9a-f]+-[0-9a-f]+"$/u;

let server: PublicSiteServer;
let nginx: RunningNginx;
let root: string;

test.beforeAll(async () => {
  // One article a page: the listings below have archive pages (?page=1) as files too.
  server = await startPublicSiteServer({ publicSite: { pageSize: 1 }, staticExport: (dataDir) => ({ root: join(dataDir, 'static'), purgeLog: join(dataDir, 'purge.jsonl') }) });
  root = join(server.dataDir, 'static');
  const upstream = new URL(server.url);
  nginx = await startNginx(nginxBinary ?? 'nginx', { root, prefix: join(server.dataDir, 'nginx'), listenHost: '127.0.0.1', listenPort: await freePort(), upstream: `http://${upstream.host}`, workerProcesses: 1 });
});
test.afterAll(async () => {
  await nginx?.stop();
  await server?.close();
});

function expectPublicHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers[name], `${what}: ${name}`).toBe(value);
}

test('nginx serves the exported site with the server’s headers and CSP, 410 for a withdrawn article, search and the API from Node; the page passes axe', async ({ page }) => {
  const media = await server.uploadJpeg();
  const related = await server.publish({
    slug: 'civil-service-reform', language: 'en', section: 'hong-kong', headline: 'Civil service reform bill passes first reading',
    standfirst: 'Lawmakers back tighter rules on conduct', byline: 'Political Desk', dateline: 'Hong Kong',
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'The Legislative Council chamber.', credit: '(File Photo)', alt: 'Legislative Council chamber' },
    body: { type: 'doc', content: [paragraph('The bill passed its first reading.')] },
    tags: ['Civil service'], topics: [], relatedLinks: [],
  });
  await server.publish({
    slug: 'two-civil-servants-arrested', language: 'en', section: 'hong-kong', headline: 'Two civil servants arrested over leaked documents',
    standfirst: 'Police say both cases involve confidential files', byline: 'Staff Reporter', dateline: 'Hong Kong',
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'Police headquarters in Wan Chai.', credit: '(File Photo)', alt: 'The police headquarters building in Wan Chai' },
    body: {
      type: 'doc',
      content: [
        paragraph('Police arrested two civil servants on Tuesday in separate cases involving confidential government documents.'),
        { type: 'caseSection', attrs: { title: 'Former Employee of a Classified Unit' }, content: [paragraph('A 45-year-old man who once worked in a classified unit is accused of keeping files after leaving.')] },
        { type: 'caseSection', attrs: { title: 'Clerk at a District Office' }, content: [paragraph('A 31-year-old clerk allegedly photographed internal memos.')] },
      ],
    },
    tags: ['Civil service', 'Police'], topics: ['National security'],
    relatedLinks: [{ title: related.headline, articleId: related.id }, { title: 'Government statement', url: 'https://www.info.gov.hk/' }],
  });
  const withdrawn = await server.publish({
    slug: 'withdrawn-story', language: 'en', section: 'hong-kong', headline: 'A story that was withdrawn',
    standfirst: 'It will be unpublished', byline: 'Staff Reporter', dateline: 'Hong Kong',
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'Police headquarters.', credit: '(File Photo)', alt: 'Police headquarters' },
    body: { type: 'doc', content: [paragraph('This text will be withdrawn.')] },
    tags: ['Police'], topics: [], relatedLinks: [],
  });
  await server.unpublish(withdrawn, 'Legal advice');
  // The export runs right after each commit; wait until the withdrawn page's 410 marker is on disk.
  await expect.poll(() => existsSync(join(root, '_gone/articles/withdrawn-story')), { timeout: 15_000 }).toBe(true);

  const article = await get(`${nginx.url}/articles/two-civil-servants-arrested`);
  expect(article.status).toBe(200);
  expect(article.headers['content-security-policy']).toBe(publicPagePolicy);
  expectPublicHeaders(article, 'article');
  expect(article.headers.etag).toMatch(nginxEtag);
  expect(article.headers['last-modified']).toBeTruthy();
  const direct = await get(`${server.url}/articles/two-civil-servants-arrested`);
  expect(article.body.equals(direct.body)).toBe(true);
  expect((await get(`${nginx.url}/articles/two-civil-servants-arrested`, { 'if-none-match': article.headers.etag ?? '' })).status).toBe(304);
  const zipped = await get(`${nginx.url}/articles/two-civil-servants-arrested`, { 'accept-encoding': 'gzip' });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  // Vary once, on the compressed answer and the uncompressed one alike, for the caches between.
  expect(zipped.headers.vary).toBe('Accept-Encoding');
  expect(article.headers.vary).toBe('Accept-Encoding');
  // The copy written at export (gzip_static), not compressed again per request: that file's
  // bytes, its length and nginx's strong validator (on-the-fly gzip would send a weak one).
  const copy = join(root, 'articles/two-civil-servants-arrested.html.gz');
  expect(zipped.body.equals(readFileSync(copy))).toBe(true);
  expect(Number(zipped.headers['content-length'])).toBe(statSync(copy).size);
  expect(zipped.headers.etag).toMatch(nginxEtag);
  expect(gunzipSync(zipped.body).equals(article.body)).toBe(true);
  expectPublicHeaders(zipped, 'gzipped article');

  // Every kind of file: from disk, with the Content-Type and Cache-Control the Node server sends.
  const addresses = ['/', '/?page=1', '/tags/civil%20service', '/tags/civil%20service?page=1', '/tags/police', '/sections/hong-kong', '/sections/hong-kong?page=1', '/feed.xml', '/sections/hong-kong/feed.xml', '/sitemap.xml', '/sitemaps/1.xml', '/news-sitemap.xml', '/robots.txt', '/assets/site.css', '/favicon.ico', '/favicon.svg', '/manifest.webmanifest', '/icons/icon-192.png', '/articles/two-civil-servants-arrested.ninjs.json', `/media/${media.id}/medium`];
  for (const address of addresses) {
    const viaNginx = await get(`${nginx.url}${address}`);
    const fromNode = await get(`${server.url}${address}`);
    expect(viaNginx.status, address).toBe(200);
    expect(viaNginx.headers.etag, `${address} is a file on disk`).toMatch(nginxEtag);
    expect(viaNginx.headers['content-type'], address).toBe(fromNode.headers['content-type']);
    expect(viaNginx.headers['cache-control'], address).toBe(fromNode.headers['cache-control']);
    expect(viaNginx.headers['content-security-policy'], address).toBe(address.startsWith('/media/') ? publicPagePolicy : fromNode.headers['content-security-policy']);
    expect(viaNginx.body.equals(fromNode.body), `${address}: the same bytes`).toBe(true);
    // Text files go gzipped from their copy on disk (nginx's validator, a length); images as they are.
    const text = !/\.(ico|png)$|^\/media\//u.test(address);
    const zippedFile = await get(`${nginx.url}${address}`, { 'accept-encoding': 'gzip' });
    expect(zippedFile.headers['content-encoding'], `${address} gzipped`).toBe(text ? 'gzip' : undefined);
    if (text) {
      expect(zippedFile.headers.etag, `${address}: the .gz file on disk`).toMatch(nginxEtag);
      expect(gunzipSync(zippedFile.body).equals(fromNode.body), `${address}: the same bytes, gzipped`).toBe(true);
      expect(zippedFile.headers.vary, address).toBe('Accept-Encoding');
    }
  }
  expect(JSON.parse((await get(`${nginx.url}/manifest.webmanifest`)).body.toString('utf8'))).toMatchObject({ icons: expect.arrayContaining([expect.objectContaining({ src: '/icons/icon-192.png' })]) });

  const gone = await get(`${nginx.url}/articles/withdrawn-story`);
  expect(gone.status).toBe(410);
  expectPublicHeaders(gone, '410 page');
  expect(gone.body.equals((await get(`${server.url}/articles/withdrawn-story`)).body)).toBe(true);
  expect((await get(`${nginx.url}/articles/withdrawn-story.ninjs.json`)).status).toBe(410);

  // Dynamic answers come from the Node server through nginx: its own validator, its headers.
  const search = await get(`${nginx.url}/search?q=civil&scope=title`);
  expect(search.status).toBe(200);
  expect(search.headers.etag).not.toMatch(nginxEtag);
  expect(search.headers['content-security-policy']).toBe(publicPagePolicy);
  expect(search.body.toString('utf8')).toContain('href="/articles/two-civil-servants-arrested"');
  expect((await get(`${nginx.url}/api/session`)).status).toBe(401);
  expect((await get(`${nginx.url}/articles/no-such-story`)).status).toBe(404);
  // An archive page the listing does not have is no file: Node sends the reader to the front.
  const pastTheArchive = await get(`${nginx.url}/sections/hong-kong?page=2`);
  expect([pastTheArchive.status, pastTheArchive.headers.location]).toEqual([302, '/sections/hong-kong']);
  expect((await get(`${nginx.url}/_gone/articles/withdrawn-story`)).status).toBe(404);

  // The page in a browser, through nginx: its parts, its image (a file nginx serves) and axe.
  const response = await page.goto(`${nginx.url}/articles/two-civil-servants-arrested`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two civil servants arrested over leaked documents');
  await expect(page.locator('.case-title')).toHaveText(['Case 1: Former Employee of a Classified Unit', 'Case 2: Clerk at a District Office']);
  const image = page.locator('.lead-figure').getByRole('img', { name: 'The police headquarters building in Wan Chai' });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // Search from the masthead, through nginx to Node and back.
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('civil servants');
  await page.getByLabel('Search in').selectOption('title');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.article-list h2')).toHaveText(['Two civil servants arrested over leaked documents']);
  await page.goto(`${nginx.url}/tags/police`);
  await expect(page.locator('.article-list h2')).toHaveText(['Two civil servants arrested over leaked documents']);
});

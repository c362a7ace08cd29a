import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../shared/render/render-article-fragment';
import { serverArticleSchema, serverErrorSchema } from '../../../shared/server-api';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { caseSection, content, correct, paragraph, publish, unpublish, uploadJpeg } from './public-site-helpers';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ninjsSchema: unknown = JSON.parse(readFileSync(resolve(repoRoot, '..', 'shared', 'standards', 'ninjs', 'ninjs-schema_2.2.json'), 'utf8'));

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // The schema refers to GeoJSON for place geometry (never written by us); no network here.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  if (typeof ninjsSchema !== 'object' || ninjsSchema === null) throw new Error('ninjs schema is not an object');
  return ajv.compile(ninjsSchema);
}

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

describe.each(databaseTargets())('public article page on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  it('serves the page rendered at publish: shared fragment in the chrome, JSON-LD, Open Graph, responsive lead image', async () => {
    const media = await uploadJpeg(desk);
    const article = await publish(
      desk,
      content({
        slug: 'ferry-fares',
        leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'Green and white ferry' },
        body: { type: 'doc', content: [paragraph('Fares will rise.'), caseSection('Star Ferry', 'Fuel costs doubled.'), caseSection('New World First Ferry', 'Wages rose.')] },
      }),
    );
    const response = await desk.call('GET', '/articles/ferry-fares');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' });
    expect(String(response.headers['strict-transport-security'])).toContain('max-age=');
    const doc = documentOf(response.body);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('.site-name')?.textContent).toBe('Copydesk News');
    expect(doc.querySelector('.slogan')?.textContent).toContain('香港新聞');

    // The same article markup the editor's preview shows (images aside: the page adds renditions).
    const article_ = doc.querySelector('article.cd-article');
    const preview = documentOf(renderArticleFragment({ ...article, leadImage: null }, {})).querySelector('article.cd-article');
    expect(article_?.querySelector('.headline')?.outerHTML).toBe(preview?.querySelector('.headline')?.outerHTML);
    expect(article_?.querySelector('.article-body')?.textContent).toBe(preview?.querySelector('.article-body')?.textContent);
    expect([...doc.querySelectorAll('.case-title')].map((title) => title.textContent)).toEqual(['Case 1: Star Ferry', 'Case 2: New World First Ferry']);

    const lead = doc.querySelector('.lead-figure img');
    expect(lead?.getAttribute('src')).toBe(`/media/${media.id}/medium`);
    expect(lead?.getAttribute('width')).toBe(String(media.renditions.medium?.width));
    expect(lead?.getAttribute('height')).toBe(String(media.renditions.medium?.height));
    expect(lead?.getAttribute('srcset')).toBe(`/media/${media.id}/thumb 320w, /media/${media.id}/medium 1024w, /media/${media.id}/large 2048w`);
    expect(doc.querySelector('.lead-figure figcaption')?.textContent).toBe('A ferry at Central Pier. (File Photo)');

    const ld: unknown = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: article.headline, datePublished: article.publishedAt, url: 'http://localhost:8080/articles/ferry-fares' });
    const og = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(og('og:title')).toBe(article.headline);
    expect(og('og:type')).toBe('article');
    expect(og('og:image')).toBe(`http://localhost:8080/media/${media.id}/medium`);
    expect(og('og:image:width')).toBe(String(media.renditions.medium?.width));
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('http://localhost:8080/articles/ferry-fares');
    // The rendition the page points at is really served.
    expect((await desk.call('GET', `/media/${media.id}/medium`)).statusCode).toBe(200);
  });

  it('is read from storage: a later change to the article row does not show until the next publish step', async () => {
    const article = await publish(desk, content({ slug: 'stored-page', headline: 'Stored headline' }));
    await desk.database.db.updateTable('articles').set({ content: JSON.stringify({ ...content({ slug: 'stored-page' }), headline: 'Changed behind the page' }) }).where('id', '=', article.id).execute();
    const body = (await desk.call('GET', '/articles/stored-page')).body;
    expect(body).toContain('Stored headline');
    expect(body).not.toContain('Changed behind the page');
  });

  it('re-renders on correction with a dated note, and answers 410 with a notice after unpublishing', async () => {
    const article = await publish(desk, content({ slug: 'mtr-delay', language: 'zh-Hant', headline: '港鐵延誤', tags: ['交通'] }));
    const first = await desk.call('GET', '/articles/mtr-delay');
    expect(documentOf(first.body).querySelector('.site-name')?.textContent).toBe('筆政新聞');
    expect(first.body).not.toContain('correction-note');

    const corrected = await correct(desk, article, content({ slug: 'mtr-delay', language: 'zh-Hant', headline: '港鐵延誤兩小時', tags: ['交通'] }), '更正延誤時間');
    const page = documentOf((await desk.call('GET', '/articles/mtr-delay')).body);
    expect(page.querySelector('.headline')?.textContent).toBe('港鐵延誤兩小時');
    const note = page.querySelector('.correction-note');
    expect(note?.querySelector('h2')?.textContent).toBe('更正');
    expect(note?.textContent).toContain('更正延誤時間');
    expect(note?.querySelector('time')?.getAttribute('datetime')).toBe(corrected.updatedAt);

    await unpublish(desk, corrected);
    const gone = await desk.call('GET', '/articles/mtr-delay');
    expect(gone.statusCode).toBe(410);
    expect(documentOf(gone.body).querySelector('h1')?.textContent).toBe('此文章已撤回');
    expect(gone.body).not.toContain('港鐵延誤兩小時');
    expect((await desk.call('GET', '/articles/mtr-delay.ninjs.json')).statusCode).toBe(410);
  });

  it('sends ETag and Last-Modified and answers 304 on revalidation', async () => {
    await publish(desk, content({ slug: 'cached-page' }));
    const first = await desk.call('GET', '/articles/cached-page');
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(etag).toMatch(/^".+"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();
    expect((await desk.call('GET', '/articles/cached-page', { headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await desk.call('GET', '/articles/cached-page', { headers: { 'if-modified-since': lastModified } })).statusCode).toBe(304);
    expect((await desk.call('GET', '/articles/cached-page', { headers: { 'if-none-match': '"something-else"' } })).statusCode).toBe(200);
    expect((await desk.call('GET', '/articles/cached-page', { headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 3_600_000).toUTCString() } })).statusCode).toBe(200);
  });

  it('serves ninjs 2.2 that validates against the IPTC schema', async () => {
    const validate = ninjsValidator();
    await publish(desk, content({ slug: 'ninjs-story', topics: ['Cost of living'] }));
    const response = await desk.call('GET', '/articles/ninjs-story.ninjs.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const ninjs: unknown = response.json();
    const valid = validate(ninjs);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(ninjs).toMatchObject({ uri: 'http://localhost:8080/articles/ninjs-story', language: 'en', headlines: [{ role: 'main', value: 'Harbour ferry fares to rise in January' }] });
    expect(validate({ uri: 'not a uri' })).toBe(false);
  });

  it('names the section in the page\'s language, linking to its listing headed by that name', async () => {
    await publish(desk, content({ slug: 'ferry-section-en', section: 'business' }));
    await publish(desk, content({ slug: 'ferry-section-zh', language: 'zh-Hant', headline: '渡輪加價', section: 'business', tags: ['交通'] }));
    const english = documentOf((await desk.call('GET', '/articles/ferry-section-en')).body);
    expect(english.querySelector('.article-section a')?.textContent).toBe('Business');
    expect(english.querySelector('.article-section a')?.getAttribute('href')).toBe('/sections/business');
    expect(english.querySelector('meta[property="article:section"]')?.getAttribute('content')).toBe('Business');
    const chinese = documentOf((await desk.call('GET', '/articles/ferry-section-zh')).body);
    expect(chinese.querySelector('.article-section a')?.textContent).toBe('財經');
    const listing = documentOf((await desk.call('GET', '/sections/business')).body);
    // Newest first is the Chinese article, so the listing has Chinese chrome.
    expect(listing.querySelector('.listing-title')?.textContent).toBe('欄目：財經');
  });

  it('gives a friendly 404 page for an unknown article, and refuses to approve a repeated slug, naming it', async () => {
    const missing = await desk.call('GET', '/articles/no-such-story');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('text/html');
    await publish(desk, content({ slug: 'same-slug', headline: 'First with this slug' }));
    const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: content({ slug: 'same-slug', headline: 'Second with this slug' }) } });
    const { id } = serverArticleSchema.parse(created.json());
    await desk.call('POST', `/api/articles/${id}/transitions`, { as: 'reporter', body: { action: 'submit' } });
    const refused = await desk.call('POST', `/api/articles/${id}/transitions`, { as: 'chief_editor', body: { action: 'approve', revision: 1 } });
    expect(refused.statusCode).toBe(409);
    expect(serverErrorSchema.parse(refused.json()).error.message).toContain('"same-slug"');
    expect((await desk.call('GET', '/articles/same-slug')).body).toContain('First with this slug');
  });
  it('links every tag, those with ( ) \' ! * too, to a listing page that shows the article', async () => {
    const tags = ['Budget (2026)', "Don't panic!", 'A*B', '港鐵（東鐵線）'];
    await publish(desk, content({ slug: 'tags-with-punctuation', headline: 'Punctuation in tags', tags }));
    const page = documentOf((await desk.call('GET', '/articles/tags-with-punctuation')).body);
    const links = [...page.querySelectorAll('a.tag')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Budget (2026)', '/tags/Budget%20%282026%29'],
      ["Don't panic!", '/tags/Don%27t%20panic%21'],
      ['A*B', '/tags/A%2AB'],
      ['港鐵（東鐵線）', `/tags/${encodeURIComponent('港鐵（東鐵線）')}`],
    ]);
    for (const [, href] of links) {
      const listing = await desk.call('GET', href ?? '/');
      expect(`${href} → ${listing.statusCode}`).toBe(`${href} → 200`);
      expect(listing.body).toContain('Punctuation in tags');
    }
  });

  it('answers malformed and over-long addresses with the site\'s error page or the API\'s error body, never echoing them', async () => {
    const probe = 'zz<script>';
    for (const url of [`/articles/%E0%A4%A${probe}`, `/tags/%zz${probe}`, `/articles/${'a'.repeat(300)}${probe}`]) {
      const response = await desk.app.inject({ method: 'GET', url });
      expect(`${url.slice(0, 20)} → ${response.statusCode}`).toBe(`${url.slice(0, 20)} → ${url.includes('aaaa') ? 414 : 400}`);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['content-security-policy']).toContain("script-src 'none'");
      expect(documentOf(response.body).querySelector('.notice h1')?.textContent).toBeTruthy();
      expect(response.body).not.toContain(probe);
      expect(response.body).not.toContain('%E0');
    }
    for (const url of [`/api/articles/%zz${probe}`, `/api/articles/${'a'.repeat(300)}`, `/media/%zz/large`]) {
      const response = await desk.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(url.includes('aaaa') ? 414 : 400);
      expect(response.json()).toEqual({ error: { code: 'bad_request', message: expect.stringMatching(/address/) } });
      expect(response.body).not.toContain('zz');
    }
  });
});

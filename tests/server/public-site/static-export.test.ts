import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicationHooks } from '../../../server/publishing/publication-hooks';
import { publicSiteConfigFromEnv } from '../../../server/public-site/public-site-config';
import type { PublicSiteConfig } from '../../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../../server/public-site/publishing/public-site-hooks';
import { queuedExportCount } from '../../../server/public-site/static/export-queue';
import { folderStaticStorage } from '../../../server/public-site/static/folder-static-storage';
import { hasGzipSibling } from '../../../server/public-site/static/gzip-siblings';
import type { PurgeBatch } from '../../../server/public-site/static/purge-hooks';
import { injectedSiteSource } from '../../../server/public-site/static/site-source';
import type { SiteSource } from '../../../server/public-site/static/site-source';
import type { StaticSiteStorage } from '../../../server/public-site/static/static-site-storage';
import { staticExporter } from '../../../server/public-site/static/static-exporter';
import type { StaticExporter } from '../../../server/public-site/static/static-exporter';
import { databaseTargets } from '../helpers/test-database';
import type { DatabaseTarget } from '../helpers/test-database';
import { createTestDesk } from '../helpers/test-desk';
import type { TestDesk } from '../helpers/test-desk';
import { content, correct, paragraph, publish, unpublish, uploadJpeg } from './public-site-helpers';

const defaultConfig = publicSiteConfigFromEnv({ COPYDESK_SITE_URL: 'https://news.example.hk/' });

/** The folder, with every write recorded, and a switch that makes writes fail like a full disk. */
function recordingStorage(folder: string): { storage: StaticSiteStorage; written: Set<string>; failing: { on: boolean } } {
  const inner = folderStaticStorage(folder);
  const written = new Set<string>();
  const failing = { on: false };
  return {
    written,
    failing,
    storage: {
      ...inner,
      async write(path, bytes) {
        if (failing.on) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        const changed = await inner.write(path, bytes);
        if (changed) written.add(path);
        return changed;
      },
    },
  };
}

interface Harness {
  desk: TestDesk;
  root: string;
  written: Set<string>;
  failing: { on: boolean };
  purges: PurgeBatch[];
  /** Every address the exports asked the site for, in order. */
  fetched: string[];
  config: PublicSiteConfig;
  exporter: () => StaticExporter;
  /** A second exporter on the same database and root, as a freshly started process has. */
  restart(): StaticExporter;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function harness(target: DatabaseTarget, overrides: Partial<PublicSiteConfig> = {}): Promise<Harness> {
  const config: PublicSiteConfig = { ...defaultConfig, ...overrides };
  const root = mkdtempSync(join(tmpdir(), 'copydesk-static-'));
  const recorded = recordingStorage(root);
  const purges: PurgeBatch[] = [];
  let current: StaticExporter | null = null;
  let exportHooks: PublicationHooks | null = null;
  const need = (): PublicationHooks => {
    if (exportHooks === null) throw new Error('exporter not ready');
    return exportHooks;
  };
  const desk = await createTestDesk(target, {
    publicSite: config,
    hooks: {
      published: (article, trx) => need().published(article, trx),
      corrected: (article, trx) => need().corrected(article, trx),
      unpublished: (article, trx) => need().unpublished(article, trx),
    },
  });
  const fetched: string[] = [];
  const source = (): SiteSource => {
    const inner = injectedSiteSource(desk.app);
    return { fetch: (address) => (fetched.push(address), inner.fetch(address)) };
  };
  const make = (): StaticExporter => staticExporter({ db: desk.database.db, storage: recorded.storage, purge: { changed: async (batch) => void purges.push(batch) }, config, source });
  current = make();
  exportHooks = current.hooks(publicSiteHooks(config));
  cleanups.push(async () => {
    await current?.idle();
    await desk.close();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    desk,
    root,
    written: recorded.written,
    failing: recorded.failing,
    purges,
    fetched,
    config,
    exporter: () => current ?? make(),
    restart() {
      current = make();
      exportHooks = current.hooks(publicSiteHooks(config));
      return current;
    },
  };
}

/** A full export into an empty root writes exactly the files of the incremental root, byte for byte. */
async function expectSameAsFullExport(site: Harness): Promise<void> {
  const fresh = mkdtempSync(join(tmpdir(), 'copydesk-static-full-'));
  cleanups.push(async () => rmSync(fresh, { recursive: true, force: true }));
  const full = staticExporter({ db: site.desk.database.db, storage: folderStaticStorage(fresh), purge: { changed: async () => {} }, config: site.config, source: () => injectedSiteSource(site.desk.app) });
  await full.exportSite();
  const incremental = await folderStaticStorage(site.root).list();
  expect(await folderStaticStorage(fresh).list()).toEqual(incremental);
  // Every file on disk, the gzipped copies (nginx's gzip_static) included.
  const onDisk = filesOnDisk(site.root);
  expect(filesOnDisk(fresh)).toEqual(onDisk);
  for (const path of onDisk) expect(readFileSync(join(fresh, path)).equals(readFileSync(join(site.root, path))), path).toBe(true);
  for (const path of incremental.filter(hasGzipSibling)) expect(gunzipSync(readFileSync(join(site.root, `${path}.gz`))).equals(readFileSync(join(site.root, path))), `${path}.gz`).toBe(true);
  expect(onDisk.filter((path) => path.endsWith('.gz') && !incremental.includes(path.slice(0, -3))), 'copies without their file').toEqual([]);
}

/** The files of a root as the file system has them (not through the storage), dot files aside. */
function filesOnDisk(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

function locs(xmlText: string): string[] {
  return [...xmlText.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((match) => match[1] ?? '');
}

/**
 * The sitemaps on disk: the index lists exactly the sitemap files there are, and every live
 * article is in exactly one of them. Returns each file's article slugs, by file.
 */
async function sitemapsOnDisk(site: Harness, liveSlugs: string[]): Promise<Record<string, string[]>> {
  const origin = 'https://news.example.hk';
  const files = (await folderStaticStorage(site.root).list()).filter((path) => path.startsWith('sitemaps/'));
  const indexed = locs(readFileSync(join(site.root, 'sitemap.xml'), 'utf8')).map((loc) => loc.replace(`${origin}/`, ''));
  expect([...indexed].sort()).toEqual(files);
  const byFile: Record<string, string[]> = {};
  const all: string[] = [];
  for (const file of files) {
    const articles = locs(readFileSync(join(site.root, file), 'utf8')).filter((loc) => loc.startsWith(`${origin}/articles/`)).map((loc) => loc.slice(`${origin}/articles/`.length));
    byFile[file] = articles;
    all.push(...articles);
  }
  expect([...all].sort()).toEqual([...liveSlugs].sort());
  return byFile;
}

/** The listing pages (home and the hong-kong section) an export wrote. */
function listingPagesWritten(site: Harness): string[] {
  return [...site.written].filter((path) => /^(sections\/hong-kong\/)?(index|page-[0-9]+)\.html$/u.test(path)).sort();
}

/** The listing pages (home, sections, tags) an export asked the site for: what it rendered, changed or not. */
function listingPagesFetched(site: Harness): string[] {
  return site.fetched.filter((address) => /^\/((sections|tags)\/[^/?]+)?(\?page=[0-9]+)?$/u.test(address)).sort();
}

function sitemapsWritten(site: Harness): string[] {
  return [...site.written].filter((path) => path.startsWith('sitemap')).sort();
}

/** The article sitemap of the desk's day (2026-11-28, UTC): the file a publish today changes. */
function todaysSitemap(desk: TestDesk): string {
  return `sitemaps/${desk.clock.now.toISOString().slice(0, 10)}.xml`;
}

/** What an article in section hong-kong, tag transport and the given topic changes on disk. */
function expectedFiles(desk: TestDesk, slug: string, extra: string[] = []): string[] {
  return [
    `articles/${slug}.html`,
    `articles/${slug}.ninjs.json`,
    'index.html',
    'sections/hong-kong/index.html',
    'sections/hong-kong/feed.xml',
    'tags/transport/index.html',
    'topics/cost of living/index.html',
    'feed.xml',
    'sitemap.xml',
    todaysSitemap(desk),
    'news-sitemap.xml',
    ...extra,
  ].sort();
}

for (const target of databaseTargets()) {
  describe(`static export (${target})`, () => {
    it('publish, correct and unpublish each rewrite exactly the files they change', async () => {
      const site = await harness(target);
      const first = await publish(site.desk, content({ slug: 'ferry-fares', tags: ['transport'], topics: ['Cost of living'] }));
      await site.exporter().idle();
      expect([...site.written].sort()).toEqual(expectedFiles(site.desk, 'ferry-fares'));
      expect(readFileSync(join(site.root, 'articles/ferry-fares.html'), 'utf8')).toBe((await site.desk.call('GET', '/articles/ferry-fares')).body);

      site.written.clear();
      const corrected = await correct(site.desk, first, content({ slug: 'ferry-fares', headline: 'Ferry fares rise in February', tags: ['transport', 'ferries'], topics: ['Cost of living'] }), 'Month fixed');
      await site.exporter().idle();
      expect([...site.written].sort()).toEqual(expectedFiles(site.desk, 'ferry-fares', ['tags/ferries/index.html']));

      site.written.clear();
      await unpublish(site.desk, corrected);
      await site.exporter().idle();
      // Empty listings are removed (the server answers 404); the article's 410 page goes into the
      // 410 list and its live files are removed, so nginx finds no page and answers from the list.
      expect([...site.written].sort()).toEqual(['_gone/articles/ferry-fares', '_gone/articles/ferry-fares.ninjs.json', 'feed.xml', 'index.html', 'news-sitemap.xml', 'sitemap.xml']);
      const gone = await site.desk.call('GET', '/articles/ferry-fares');
      expect(gone.statusCode).toBe(410);
      expect(readFileSync(join(site.root, '_gone/articles/ferry-fares'), 'utf8')).toBe(gone.body);
      const files = await folderStaticStorage(site.root).list();
      expect(files).not.toContain('articles/ferry-fares.html');
      expect(files).not.toContain('articles/ferry-fares.ninjs.json');
      // Its day has no live article left: the day's sitemap file is gone with it.
      expect(files).not.toContain(todaysSitemap(site.desk));
      expect(files).not.toContain('tags/transport/index.html');
      expect(files).not.toContain('sections/hong-kong/index.html');
      expect(site.purges.at(-1)?.urls).toContain('https://news.example.hk/articles/ferry-fares');
      expect(await queuedExportCount(site.desk.database.db)).toBe(0);
    });

    it('the public image renditions are written with the article and removed when it is withdrawn', async () => {
      const site = await harness(target);
      const image = await uploadJpeg(site.desk);
      const leadImage = { mediaId: image.id, src: `media/${image.id}/large`, caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'A ferry' };
      const article = await publish(site.desk, content({ slug: 'pier', leadImage, body: { type: 'doc', content: [paragraph('Queues at the pier.')] }, tags: ['transport'], topics: ['Cost of living'] }));
      await site.exporter().idle();
      const renditions = ['large', 'medium', 'thumb'].map((name) => `media/${image.id}/${name}.jpg`);
      expect([...site.written].sort()).toEqual(expectedFiles(site.desk, 'pier', renditions));
      const served = await site.desk.app.inject({ method: 'GET', url: `/media/${image.id}/medium` });
      expect(readFileSync(join(site.root, `media/${image.id}/medium.jpg`)).equals(served.rawPayload)).toBe(true);

      site.written.clear();
      await unpublish(site.desk, article);
      await site.exporter().idle();
      const files = await folderStaticStorage(site.root).list();
      for (const path of renditions) expect(files, path).not.toContain(path);
      expect(site.purges.at(-1)?.urls).toContain(`https://news.example.hk/media/${image.id}/medium`);
    });

    it('an export that fails after the commit stays queued and the next start finishes it', async () => {
      const site = await harness(target);
      site.failing.on = true;
      await publish(site.desk, content({ slug: 'harbour-crash', tags: ['transport'], topics: ['Cost of living'] }));
      await site.exporter().idle();
      expect(await queuedExportCount(site.desk.database.db)).toBe(1);
      expect(site.written.size).toBe(0);

      site.failing.on = false;
      const restarted = site.restart();
      expect(await restarted.recover()).toBe(1);
      expect([...site.written].sort()).toEqual(expectedFiles(site.desk, 'harbour-crash'));
      expect(await queuedExportCount(site.desk.database.db)).toBe(0);
    });

    it('a root an older version wrote (a gone page at the article path) is rebuilt once, then left alone', async () => {
      const site = await harness(target);
      const article = await publish(site.desk, content({ slug: 'ferry-fares', tags: ['transport'], topics: ['Cost of living'] }));
      await unpublish(site.desk, article);
      await site.exporter().idle();
      // Layout 1 kept the 410 page at the article's own path as well: nginx would now serve it with 200.
      const gonePage = (await site.desk.call('GET', '/articles/ferry-fares')).body;
      // (Both exports may have run after the unpublish, so no article file may ever have been written.)
      mkdirSync(join(site.root, 'articles'), { recursive: true });
      writeFileSync(join(site.root, 'articles/ferry-fares.html'), gonePage);
      writeFileSync(join(site.root, '_gone/articles/ferry-fares'), '');

      const rebuilt = await site.restart().upgradeLayout();
      expect(rebuilt?.removed).toContain('articles/ferry-fares.html');
      expect(existsSync(join(site.root, 'articles/ferry-fares.html'))).toBe(false);
      expect(readFileSync(join(site.root, '_gone/articles/ferry-fares'), 'utf8')).toBe(gonePage);
      site.written.clear();
      expect(await site.restart().upgradeLayout()).toBeNull();
      expect(site.written.size).toBe(0);
    });

    it('export-site from an empty root writes the same files, byte for byte, as the incremental path', async () => {
      const site = await harness(target);
      await site.exporter().writeSiteAssets();
      const a = await publish(site.desk, content({ slug: 'one', tags: ['transport'], topics: ['Cost of living'] }));
      await publish(site.desk, content({ slug: 'two', section: 'hong-kong', tags: ['ferries', 'Transport'], topics: [] }));
      await correct(site.desk, a, content({ slug: 'one', headline: 'Changed', tags: ['transport'], topics: ['Cost of living'] }), 'Headline');
      const b = await publish(site.desk, content({ slug: 'three', tags: ['weather'], topics: ['Typhoons'] }));
      await unpublish(site.desk, b);
      await site.exporter().idle();

      await expectSameAsFullExport(site);
    });

    it('every listing page is exported; a publish rewrites the front, and an archive page only when it changes', async () => {
      const site = await harness(target, { pageSize: 2 });
      await site.exporter().writeSiteAssets();
      const labels = { section: 'hong-kong', tags: ['transport'], topics: [] };
      const [a1, a2] = [await publish(site.desk, content({ slug: 'a1', headline: 'A1', ...labels })), await publish(site.desk, content({ slug: 'a2', headline: 'A2', ...labels }))];
      await publish(site.desk, content({ slug: 'a3', headline: 'A3', ...labels }));
      await publish(site.desk, content({ slug: 'a4', headline: 'A4', ...labels }));
      await site.exporter().idle();
      // Four articles in pages of two: archive page 1 (a1, a2) and the front (a3, a4), for home and the section.
      expect(listingPagesWritten(site)).toEqual(['index.html', 'page-1.html', 'sections/hong-kong/index.html', 'sections/hong-kong/page-1.html']);

      // A fifth joins the front; the archive pages are neither rendered nor written.
      site.written.clear();
      site.fetched.length = 0;
      if (!a1 || !a2) throw new Error('not published');
      await publish(site.desk, content({ slug: 'a5', headline: 'A5', ...labels }));
      await site.exporter().idle();
      expect(listingPagesWritten(site)).toEqual(['index.html', 'sections/hong-kong/index.html']);
      expect(listingPagesFetched(site)).toEqual(['/', '/sections/hong-kong', '/tags/transport']);

      // A sixth completes a page: archive page 2 (a3, a4) appears and page 1 links to it.
      site.written.clear();
      await publish(site.desk, content({ slug: 'a6', headline: 'A6', ...labels }));
      await site.exporter().idle();
      expect(listingPagesWritten(site)).toEqual(['index.html', 'page-1.html', 'page-2.html', 'sections/hong-kong/index.html', 'sections/hong-kong/page-1.html', 'sections/hong-kong/page-2.html']);
      expect(readFileSync(join(site.root, 'page-2.html'), 'utf8')).toContain('A3');

      // Correcting the oldest article's headline rewrites the one page showing it.
      site.written.clear();
      site.fetched.length = 0;
      await correct(site.desk, a1, content({ slug: 'a1', headline: 'A1 corrected', ...labels }), 'Headline');
      await site.exporter().idle();
      expect(listingPagesWritten(site)).toEqual(['page-1.html', 'sections/hong-kong/page-1.html']);
      expect(listingPagesFetched(site)).toEqual(['/?page=1', '/sections/hong-kong?page=1', '/tags/transport?page=1']);
      expect(readFileSync(join(site.root, 'page-1.html'), 'utf8')).toContain('A1 corrected');

      // Withdrawing an old one moves the newer back a place: five articles, one archive page fewer.
      site.written.clear();
      await unpublish(site.desk, a2);
      await site.exporter().idle();
      expect(listingPagesWritten(site)).toEqual(['index.html', 'page-1.html', 'sections/hong-kong/index.html', 'sections/hong-kong/page-1.html']);
      const files = await folderStaticStorage(site.root).list();
      expect(files).not.toContain('page-2.html');
      expect(files).not.toContain('sections/hong-kong/page-2.html');
      expect(site.purges.at(-1)?.urls).toContain('https://news.example.hk/?page=2');
      await expectSameAsFullExport(site);
    });

    it('at the edges of a sitemap file and of a day, a publish or unpublish rewrites only the files it changes', async () => {
      const site = await harness(target, { sitemapSize: 2 });
      await site.exporter().writeSiteAssets();
      const labels = { tags: ['transport'], topics: [] };
      // publish() moves the clock a minute on first: these land on 27 November at 23:56, 23:57, 23:58, 23:59 and on 28 November at 00:00 UTC (before the desk's sign-ins, so they stay valid).
      site.desk.clock.now = new Date('2026-11-27T23:55:00.000Z');
      const a1 = await publish(site.desk, content({ slug: 'a1', ...labels }));
      const a2 = await publish(site.desk, content({ slug: 'a2', ...labels }));
      await site.exporter().idle();
      expect(await sitemapsOnDisk(site, ['a1', 'a2'])).toEqual({ 'sitemaps/1.xml': [], 'sitemaps/2026-11-27.xml': ['a1', 'a2'] });

      // The day's first file is full: the third article opens its second file, and the first is left alone.
      site.written.clear();
      await publish(site.desk, content({ slug: 'a3', ...labels }));
      await site.exporter().idle();
      expect(sitemapsWritten(site)).toEqual(['sitemap.xml', 'sitemaps/2026-11-27-2.xml']);
      await publish(site.desk, content({ slug: 'a4', ...labels }));
      await site.exporter().idle();

      // Midnight UTC starts a new day's file; the day before is not touched.
      site.written.clear();
      await publish(site.desk, content({ slug: 'a5', ...labels }));
      await site.exporter().idle();
      expect(sitemapsWritten(site)).toEqual(['sitemap.xml', 'sitemaps/2026-11-28.xml']);
      expect(await sitemapsOnDisk(site, ['a1', 'a2', 'a3', 'a4', 'a5'])).toEqual({
        'sitemaps/1.xml': [],
        'sitemaps/2026-11-27.xml': ['a1', 'a2'],
        'sitemaps/2026-11-27-2.xml': ['a3', 'a4'],
        'sitemaps/2026-11-28.xml': ['a5'],
      });

      // Unpublishing the day's first article moves the others of its day up one place.
      site.written.clear();
      await unpublish(site.desk, a1);
      await site.exporter().idle();
      expect(sitemapsWritten(site)).toEqual(['sitemap.xml', 'sitemaps/2026-11-27-2.xml', 'sitemaps/2026-11-27.xml']);
      expect(await sitemapsOnDisk(site, ['a2', 'a3', 'a4', 'a5'])).toEqual({
        'sitemaps/1.xml': [],
        'sitemaps/2026-11-27.xml': ['a2', 'a3'],
        'sitemaps/2026-11-27-2.xml': ['a4'],
        'sitemaps/2026-11-28.xml': ['a5'],
      });

      // One more, and the day needs one file less: the second file is removed, the index drops it.
      await unpublish(site.desk, a2);
      await site.exporter().idle();
      expect(await sitemapsOnDisk(site, ['a3', 'a4', 'a5'])).toEqual({ 'sitemaps/1.xml': [], 'sitemaps/2026-11-27.xml': ['a3', 'a4'], 'sitemaps/2026-11-28.xml': ['a5'] });
      await expectSameAsFullExport(site);
    });
  });
}

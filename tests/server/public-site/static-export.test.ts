import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicationHooks } from '../../../server/publishing/publication-hooks';
import { publicSiteConfigFromEnv } from '../../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../../server/public-site/publishing/public-site-hooks';
import { queuedExportCount } from '../../../server/public-site/static/export-queue';
import { folderStaticStorage } from '../../../server/public-site/static/folder-static-storage';
import type { PurgeBatch } from '../../../server/public-site/static/purge-hooks';
import { injectedSiteSource } from '../../../server/public-site/static/site-source';
import type { StaticSiteStorage } from '../../../server/public-site/static/static-site-storage';
import { staticExporter } from '../../../server/public-site/static/static-exporter';
import type { StaticExporter } from '../../../server/public-site/static/static-exporter';
import { databaseTargets } from '../helpers/test-database';
import type { DatabaseTarget } from '../helpers/test-database';
import { createTestDesk } from '../helpers/test-desk';
import type { TestDesk } from '../helpers/test-desk';
import { content, correct, paragraph, publish, unpublish, uploadJpeg } from './public-site-helpers';

const config = { ...publicSiteConfigFromEnv({ COPYDESK_SITE_URL: 'https://news.example.hk/' }) };

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
  exporter: () => StaticExporter;
  /** A second exporter on the same database and root, as a freshly started process has. */
  restart(): StaticExporter;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function harness(target: DatabaseTarget): Promise<Harness> {
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
  const make = (): StaticExporter =>
    staticExporter({ db: desk.database.db, storage: recorded.storage, purge: { changed: async (batch) => void purges.push(batch) }, config, source: () => injectedSiteSource(desk.app) });
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
    exporter: () => current ?? make(),
    restart() {
      current = make();
      exportHooks = current.hooks(publicSiteHooks(config));
      return current;
    },
  };
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
      // Empty listings are removed (the server answers 404), the article page becomes its 410 page.
      expect([...site.written].sort()).toEqual(['_gone/articles/ferry-fares', '_gone/articles/ferry-fares.ninjs.json', 'articles/ferry-fares.html', 'articles/ferry-fares.ninjs.json', 'feed.xml', 'index.html', 'news-sitemap.xml', 'sitemap.xml']);
      const files = await folderStaticStorage(site.root).list();
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

    it('export-site from an empty root writes the same files, byte for byte, as the incremental path', async () => {
      const site = await harness(target);
      await site.exporter().writeSiteAssets();
      const a = await publish(site.desk, content({ slug: 'one', tags: ['transport'], topics: ['Cost of living'] }));
      await publish(site.desk, content({ slug: 'two', section: 'hong-kong', tags: ['ferries', 'Transport'], topics: [] }));
      await correct(site.desk, a, content({ slug: 'one', headline: 'Changed', tags: ['transport'], topics: ['Cost of living'] }), 'Headline');
      const b = await publish(site.desk, content({ slug: 'three', tags: ['weather'], topics: ['Typhoons'] }));
      await unpublish(site.desk, b);
      await site.exporter().idle();

      const fresh = mkdtempSync(join(tmpdir(), 'copydesk-static-full-'));
      cleanups.push(async () => rmSync(fresh, { recursive: true, force: true }));
      const full = staticExporter({ db: site.desk.database.db, storage: folderStaticStorage(fresh), purge: { changed: async () => {} }, config, source: () => injectedSiteSource(site.desk.app) });
      await full.exportSite();
      const incremental = await folderStaticStorage(site.root).list();
      expect(await folderStaticStorage(fresh).list()).toEqual(incremental);
      for (const path of incremental) expect(readFileSync(join(fresh, path)).equals(readFileSync(join(site.root, path))), path).toBe(true);
    });
  });
}

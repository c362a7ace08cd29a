/**
 * `npm run bench static`: the static public site (issue 14).
 * 1. The article page through nginx from the static root vs nginx serving a plain file of the
 *    same bytes vs the Node server, alternating in one run (wrk when installed, else autocannon);
 *    goal ≥ 0.9× the plain file.
 * 2. Export time per publish at COPYDESK_BENCH_ARTICLES published articles (default 100,000,
 *    seeded straight into the database), from the publishing hook's end to the last file on
 *    disk, every page of every listing exported; goal ≤ 50 ms p95. First one publish profiled
 *    (its slowest addresses), then 60 timed (listing pages are anchored at the oldest article:
 *    a publish rewrites each listing's front, and every 20th the two newest archive pages too),
 *    then a correction and an unpublish of an article those 60 pushed into the archive pages.
 * 3. A full export-site of COPYDESK_BENCH_FULL_EXPORT articles (default 10,000; at 100,000 it
 *    writes 224,952 files in 2.5 to 3 minutes on the shared two-core machine, its heap under 200 MB: set 100000 to measure).
 * COPYDESK_BENCH_PART=page | export runs one part.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerApp } from '../../server/app';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { openDatabase } from '../../server/db/open-database';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { publicDb } from '../../server/public-site/db/public-site-tables';
import { publicSiteConfigFromEnv } from '../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../server/public-site/publishing/public-site-hooks';
import { folderStaticStorage } from '../../server/public-site/static/folder-static-storage';
import { injectedSiteSource } from '../../server/public-site/static/site-source';
import { staticExporter } from '../../server/public-site/static/static-exporter';
import { startNewsroomServer } from '../../server/start-server';
import { benchArticle } from './bench-article';
import { commitCost, correctOne, exportCorpus, exportOneChange, exportPerPublish, fullExport, perPublishP50, profileOnePublish, publishOne, removeRoot, unpublishOne } from './static-site-export';
import { pageThroughput } from './static-site-throughput';
import type { BenchRow } from './table';
import { printTable } from './table';

const [, , role, folder] = process.argv;
if (role === 'serve-newsroom' && folder) {
  const server = await startNewsroomServer({ dataDir: folder, host: '127.0.0.1', port: 0, logger: false, schedulerIntervalMs: 60_000 });
  console.log(`URL ${server.url}`);
} else {
  await main();
}

function startNewsroomChild(dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve-newsroom', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL (\S+)/u.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the newsroom server exited with ${code}`)));
  });
}

/** The seed-like article published and exported; answers its stored page. */
async function publishedSeedArticle(dir: string): Promise<string> {
  const opened = openDatabase({ sqliteFile: join(dir, 'newsroom.sqlite') });
  try {
    await migrateToLatest(opened.db, { info: () => {} });
    const config = publicSiteConfigFromEnv();
    await opened.db.transaction().execute((trx) => publicSiteHooks(config).published(benchArticle(), trx));
    const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(dir, 'media')) });
    await staticExporter({ db: opened.db, storage: folderStaticStorage(join(dir, 'static')), purge: { changed: async () => {} }, config, source: () => injectedSiteSource(app) }).exportSite();
    await app.close();
    const stored = await publicDb(opened.db).selectFrom('public_pages').select('html').where('slug', '=', 'bench-article').executeTakeFirstOrThrow();
    return stored.html;
  } finally {
    await opened.db.destroy();
  }
}

async function exportFigures(pageHtml: string): Promise<BenchRow[]> {
  const articles = Number(process.env.COPYDESK_BENCH_ARTICLES ?? 100_000);
  const fullArticles = Number(process.env.COPYDESK_BENCH_FULL_EXPORT ?? 10_000);
  // Three times the page size: three publishes in the sample add an archive page to each listing.
  const publishes = 60;
  const rows: BenchRow[] = [];
  const full = await exportCorpus(fullArticles, pageHtml);
  try {
    rows.push({ name: `seed ${fullArticles} articles into SQLite`, value: full.seedSeconds, unit: 's' });
    const exported = await fullExport(full);
    rows.push(...exported.rows);
    removeRoot(exported.root);
  } finally {
    await full.close();
  }
  const corpus = await exportCorpus(articles, pageHtml);
  try {
    rows.push({ name: `seed ${articles} articles into SQLite`, value: corpus.seedSeconds, unit: 's' });
    // Every publish fetches every address its change can alter and writes those whose bytes
    // changed; the first one (cold caches, files not yet there) is not counted.
    const root = mkdtempSync(join(tmpdir(), 'copydesk-static-bench-'));
    try {
      printTable(`One publish at ${articles} articles, profiled (every listing page exported): the slowest addresses`, await profileOnePublish(corpus, root));
      // An article that the publishes below push back into the archive pages of its listings.
      const old = await publishOne(corpus.desk, 'bench-older-article');
      const label = 'every listing page exported';
      rows.push(...(await exportPerPublish(corpus, root, publishes, label, { goal: '≤ 50 ms' })));
      const baseline = perPublishP50(articles, label, publishes);
      let corrected = old;
      rows.push({ ...(await exportOneChange(corpus, root, `correction of an article ${publishes + 1} publishes back`, async () => (corrected = await correctOne(corpus.desk, old)))), baseline });
      rows.push({ ...(await exportOneChange(corpus, root, `unpublish of an article ${publishes + 1} publishes back`, () => unpublishOne(corpus.desk, corrected))), baseline });
      rows.push(await commitCost(corpus, 30));
      // The same publishes with the root in memory: what of the figures above is this disk's
      // file creation and rename (journaled ext4 on a shared VM disk here).
      if (existsSync('/dev/shm')) {
        const memoryRoot = mkdtempSync('/dev/shm/copydesk-static-bench-');
        try {
          rows.push(...(await exportPerPublish(corpus, memoryRoot, publishes, 'root on tmpfs (/dev/shm)', { baseline })));
        } finally {
          removeRoot(memoryRoot);
        }
      }
    } finally {
      removeRoot(root);
    }
  } finally {
    await corpus.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const part = process.env.COPYDESK_BENCH_PART;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-static-site-bench-'));
  try {
    const pageHtml = await publishedSeedArticle(dir);
    if (part !== 'export') {
      const node = await startNewsroomChild(dir);
      try {
        printTable('Article page: nginx from the static root vs nginx plain file vs Node (20 connections, alternating 3 s rounds)', await pageThroughput({ dir, staticRoot: join(dir, 'static'), nodeUrl: node.url, slug: 'bench-article' }));
      } finally {
        node.stop();
      }
    }
    if (part !== 'page') printTable('Static export on SQLite (corpus seeded in bulk; pages the size of the seed article)', await exportFigures(pageHtml));
    console.log(`machine load average (1 min) at the end of the run: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

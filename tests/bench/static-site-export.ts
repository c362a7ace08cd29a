/**
 * Export figures on SQLite: a corpus seeded straight into the public tables (pages the size of
 * the seed article page), then (1) a full export-site into an empty root and (2) publishes
 * through the real workflow API, each timed from its publishing transaction to the last file
 * of its export on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import { publicDb } from '../../server/public-site/db/public-site-tables';
import { insertPublicPages } from '../../server/public-site/db/store-public-pages';
import { publicSiteConfigFromEnv } from '../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../server/public-site/publishing/public-site-hooks';
import { folderStaticStorage } from '../../server/public-site/static/folder-static-storage';
import { injectedSiteSource } from '../../server/public-site/static/site-source';
import type { SiteSource } from '../../server/public-site/static/site-source';
import type { StaticSiteStorage } from '../../server/public-site/static/static-site-storage';
import { staticExporter } from '../../server/public-site/static/static-exporter';
import type { StaticExporter } from '../../server/public-site/static/static-exporter';
import type { PublicationHooks } from '../../server/publishing/publication-hooks';
import { articleContentSchema } from '../../shared/article';
import type { ServerArticle } from '../../shared/server-api';
import { serverArticleSchema } from '../../shared/server-api';
import { readyContent } from '../server/helpers/article-fixtures';
import { createTestDesk } from '../server/helpers/test-desk';
import type { TestDesk } from '../server/helpers/test-desk';
import { corpusRecords } from './public-site-corpus';
import type { BenchRow } from './table';
import { percentile } from './table';

const config = publicSiteConfigFromEnv({ COPYDESK_SITE_URL: 'https://news.example.hk/' });

export interface ExportCorpus {
  desk: TestDesk;
  articles: number;
  seedSeconds: number;
  /** Sets the exporter the publishing hooks go through. */
  use(exporter: StaticExporter): void;
  /** When the last publishing hook ended (just before its transaction commits). */
  lastHookEnd(): number;
  exporter(root: string, timings?: FileTimings): StaticExporter;
  close(): Promise<void>;
}

/** A desk on SQLite with `articles` live pages of `pageHtml`'s size, seeded in bulk. */
export async function exportCorpus(articles: number, pageHtml: string): Promise<ExportCorpus> {
  let current: PublicationHooks | null = null;
  let hookEnd = 0;
  const through = (step: keyof PublicationHooks): PublicationHooks[keyof PublicationHooks] => async (article, trx) => {
    if (current === null) throw new Error('no exporter');
    await current[step](article, trx);
    hookEnd = performance.now();
  };
  const desk = await createTestDesk('sqlite', { publicSite: config, hooks: { published: through('published'), corrected: through('corrected'), unpublished: through('unpublished') } });
  const started = performance.now();
  const db = publicDb(desk.database.db);
  for (let from = 0; from < articles; from += 2000) {
    const records = corpusRecords(from, Math.min(2000, articles - from)).map((record) => ({ ...record, html: pageHtml.replace('<title>', `<title>${record.headline} `) }));
    await db.transaction().execute((trx) => insertPublicPages(trx, records));
  }
  await sql`analyze`.execute(desk.database.db);
  const seedSeconds = (performance.now() - started) / 1000;
  return {
    desk,
    articles,
    seedSeconds,
    use(exporter) {
      current = exporter.hooks(publicSiteHooks(config));
    },
    lastHookEnd: () => hookEnd,
    exporter(root, timings) {
      const source = timings ? timedSource(injectedSiteSource(desk.app), timings) : injectedSiteSource(desk.app);
      const storage = timings ? timedStorage(folderStaticStorage(root), timings) : folderStaticStorage(root);
      return staticExporter({ db: desk.database.db, storage, purge: { changed: async () => {} }, config, source: () => source });
    },
    close: () => desk.close(),
  };
}

/** Milliseconds each address took to answer in one export and the size of its answer; time in storage calls. */
export interface FileTimings {
  answers: Map<string, { ms: number; bytes: number }>;
  storageMs: number;
  /** When the last write or removal of a file ended. */
  lastFileAt: number;
  /** When the export asked for its first address (its plan made): 0 until then. */
  firstAnswerAt: number;
}

export function newTimings(): FileTimings {
  return { answers: new Map(), storageMs: 0, lastFileAt: 0, firstAnswerAt: 0 };
}

function timedSource(inner: SiteSource, timings: FileTimings): SiteSource {
  return {
    async fetch(address) {
      const started = performance.now();
      if (timings.firstAnswerAt === 0) timings.firstAnswerAt = started;
      const response = await inner.fetch(address);
      timings.answers.set(address, { ms: performance.now() - started, bytes: response.body.length });
      return response;
    },
  };
}

function timedStorage(inner: StaticSiteStorage, timings: FileTimings): StaticSiteStorage {
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        timings.lastFileAt = performance.now();
        timings.storageMs += timings.lastFileAt - started;
      }
    };
  return { read: timed(inner.read), write: timed(inner.write), remove: timed(inner.remove), list: inner.list };
}

/**
 * One publish, profiled: every address its export fetched, slowest first, with the time the
 * server took to answer it (rendering + queries) and its size; the rest of the export is writes.
 */
export async function profileOnePublish(corpus: ExportCorpus, root: string): Promise<BenchRow[]> {
  const timings = newTimings();
  const exporter = corpus.exporter(root, timings);
  corpus.use(exporter);
  await publishOne(corpus.desk, 'bench-profile-warm');
  await exporter.idle();
  timings.answers.clear();
  timings.storageMs = 0;
  await publishOne(corpus.desk, 'bench-profile');
  await exporter.idle();
  const total = performance.now() - corpus.lastHookEnd();
  const entries = [...timings.answers.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const answering = entries.reduce((sum, [, timing]) => sum + timing.ms, 0);
  const whole = `one publish: whole export (${entries.length} addresses)`;
  return [
    { name: whole, value: total, unit: 'ms' },
    // Four addresses are exported at a time: these sums overlap, so they may add up past the whole.
    { name: 'one publish: answering its addresses, summed (render + queries)', value: answering, unit: 'ms', baseline: whole },
    { name: 'one publish: storage calls, summed (read, compare, write temp + rename, remove)', value: timings.storageMs, unit: 'ms', baseline: whole },
    ...entries.slice(0, 12).map(([address, timing]) => ({ name: `  ${address} (${(timing.bytes / 1024).toFixed(0)} KB)`, value: timing.ms, unit: 'ms' })),
  ];
}

/** A full collection first, so the heap figures below are the export's and not the seeding's garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc === 'function') gc();
}

/** The whole root rebuilt; with the JavaScript heap sampled every 200 ms (the export must give the loop turns for that). */
export async function fullExport(corpus: ExportCorpus): Promise<{ rows: BenchRow[]; root: string }> {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-static-bench-'));
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 200);
  const started = performance.now();
  try {
    const outcome = await corpus.exporter(root).exportSite();
    const seconds = (performance.now() - started) / 1000;
    const files = new Set(outcome.present).size;
    const mb = (bytes: number): number => bytes / 1024 / 1024;
    return {
      root,
      rows: [
        { name: `full export-site, ${corpus.articles} articles (${files} files, ${(files / seconds).toFixed(0)} files/s)`, value: seconds, unit: 's' },
        { name: `full export-site, ${corpus.articles} articles: peak JavaScript heap, sampled every 200 ms (${mb(heapBefore).toFixed(0)} MB before)`, value: mb(peak), unit: 'MB' },
      ],
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Through the real workflow API: create, submit, approve, publish; answers the published article. */
export async function publishOne(desk: TestDesk, slug: string): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  const created = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: { ...readyContent(), slug, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares rise.' }] }] } } } });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  let published = serverArticleSchema.parse(created.json());
  const { id } = published;
  for (const [as, body] of [['reporter', { action: 'submit' }], ['chief_editor', { action: 'approve', revision: 1 }], ['chief_editor', { action: 'publish', revision: 1 }]] as const) {
    published = await transition(desk, id, as, body);
  }
  return published;
}

async function transition(desk: TestDesk, id: string, as: 'reporter' | 'chief_editor' | 'admin', body: Record<string, unknown>): Promise<ServerArticle> {
  const response = await desk.call('POST', `/api/articles/${id}/transitions`, { as, body });
  if (response.statusCode !== 200) throw new Error(`${String(body.action)}: ${response.statusCode} ${response.body}`);
  return serverArticleSchema.parse(response.json());
}

/** A chief editor's correction of a live article: its body edited, then the correction recorded. */
export async function correctOne(desk: TestDesk, article: ServerArticle): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares rise by 6 per cent, not 5.' }] }] };
  const edited = await desk.call('PUT', `/api/articles/${article.id}`, { as: 'chief_editor', headers: { 'if-match': `"${article.revision}"` }, body: { content: { ...articleContentSchema.parse(article), body } } });
  if (edited.statusCode !== 200) throw new Error(`edit: ${edited.statusCode} ${edited.body}`);
  return transition(desk, article.id, 'chief_editor', { action: 'correct', note: 'The rise is 6 per cent' });
}

export async function unpublishOne(desk: TestDesk, article: ServerArticle): Promise<ServerArticle> {
  desk.clock.now = new Date(desk.clock.now.getTime() + 60_000);
  return transition(desk, article.id, 'admin', { action: 'unpublish', note: 'Legal hold' });
}

/**
 * One change to an article already in the listings, timed from its hook's end to the last file
 * on disk; `addresses` is how many the export fetched (its own page and the listing pages it moved).
 */
export async function exportOneChange(corpus: ExportCorpus, root: string, label: string, change: () => Promise<unknown>): Promise<BenchRow> {
  const timings = newTimings();
  const exporter = corpus.exporter(root, timings);
  corpus.use(exporter);
  await change();
  await exporter.idle();
  const ms = timings.lastFileAt - corpus.lastHookEnd();
  return { name: `${label} (${timings.answers.size} addresses fetched): last file on disk`, value: ms, unit: 'ms' };
}

/**
 * `publishes` publishes with this exporter, each timed from its hook's end (just before the
 * publishing transaction commits) to (a) the last file of its export on disk, what readers
 * see, and (b) the export's end, its queue row deleted.
 */
/** The p50 row of `exportPerPublish` for a label, for other rows to compare with. */
export function perPublishP50(articles: number, label: string, publishes: number): string {
  return `export per publish at ${articles} articles, ${label}: last file on disk, p50 (${publishes} publishes)`;
}

export async function exportPerPublish(corpus: ExportCorpus, root: string, publishes: number, label: string, options: { goal?: string; baseline?: string } = {}): Promise<BenchRow[]> {
  const timings = newTimings();
  const exporter = corpus.exporter(root, timings);
  corpus.use(exporter);
  const onDisk: number[] = [];
  const done: number[] = [];
  const writing: number[] = [];
  for (let index = 0; index <= publishes; index += 1) {
    timings.firstAnswerAt = 0;
    await publishOne(corpus.desk, `bench-publish-${label.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '')}-${index}`);
    await exporter.idle();
    // Publish 0 warms caches and writes the files for the first time: not counted.
    if (index === 0) continue;
    onDisk.push(timings.lastFileAt - corpus.lastHookEnd());
    writing.push(timings.lastFileAt - timings.firstAnswerAt);
    done.push(performance.now() - corpus.lastHookEnd());
  }
  if (process.env.COPYDESK_BENCH_SAMPLES === '1') console.log(label, onDisk.map((ms, i) => `${ms.toFixed(1)}/${(writing[i] ?? 0).toFixed(1)}`).join(' '));
  const name = `export per publish at ${corpus.articles} articles, ${label}`;
  return [
    { name: perPublishP50(corpus.articles, label, publishes), value: percentile(onDisk, 50), unit: 'ms', ...(options.baseline ? { baseline: options.baseline } : {}) },
    { name: `${name}: last file on disk, p95`, value: percentile(onDisk, 95), unit: 'ms', ...(options.goal ? { goal: options.goal } : {}) },
    { name: `${name}: its first address asked → last file on disk (plan made), p50`, value: percentile(writing, 50), unit: 'ms' },
    { name: `${name}: export ended (queue row deleted), p50`, value: percentile(done, 50), unit: 'ms' },
    { name: `${name}: export ended (queue row deleted), p95`, value: percentile(done, 95), unit: 'ms' },
  ];
}

/**
 * For reading the figures above: what one small write transaction's commit takes on this disk
 * (SQLite, synchronous = FULL), the part of each publish's time before its export can start.
 */
export async function commitCost(corpus: ExportCorpus, commits: number): Promise<BenchRow> {
  const db = corpus.desk.database.db;
  await sql`create table if not exists bench_commit (id integer primary key, at text not null)`.execute(db);
  const samples: number[] = [];
  for (let index = 0; index < commits; index += 1) {
    const started = performance.now();
    await db.transaction().execute(async (trx) => {
      await sql`insert into bench_commit (at) values (${new Date().toISOString()})`.execute(trx);
    });
    samples.push(performance.now() - started);
  }
  return { name: `reference: one small SQLite write transaction on this disk (synchronous = FULL), p50 of ${commits}`, value: percentile(samples, 50), unit: 'ms' };
}

export function removeRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

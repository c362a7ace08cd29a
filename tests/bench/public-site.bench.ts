/**
 * Public site benchmark, bounded (about three minutes):
 * 1. requests/s for a stored article page on the newsroom server vs a static-file server
 *    (Fastify + @fastify/static, a child process of the same kind) serving the same bytes,
 *    measured alternately in one run; goal ≥ 0.7× the baseline.
 * 2. search p95 over 100,000 published articles on SQLite and (when COPYDESK_TEST_PG_URL is
 *    set) PostgreSQL, through the real /search route; goal ≤ 50 ms.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { buildServerApp } from '../../server/app';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { openDatabase } from '../../server/db/open-database';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { publicDb } from '../../server/public-site/db/public-site-tables';
import { insertPublicPages } from '../../server/public-site/db/store-public-pages';
import { publicSiteConfigFromEnv } from '../../server/public-site/public-site-config';
import { publicSiteHooks } from '../../server/public-site/publishing/public-site-hooks';
import { startNewsroomServer } from '../../server/start-server';
import { benchArticle } from './bench-article';
import { benchQueries, corpusRecords } from './public-site-corpus';
import type { BenchRow } from './table';
import { percentile, printTable } from './table';

const corpusSize = 100_000;
const roundSeconds = 3;
const rounds = 6;
const connections = 20;

// ---- child processes: `… public-site.bench.ts serve-newsroom <dir>` / `serve-static <dir>`
const [, , role, folder] = process.argv;
if (role === 'serve-newsroom' && folder) {
  const server = await startNewsroomServer({ dataDir: folder, host: '127.0.0.1', port: 0, logger: false, schedulerIntervalMs: 60_000 });
  console.log(`URL ${server.url}`);
} else if (role === 'serve-static' && folder) {
  const { default: Fastify } = await import('fastify');
  const { default: fastifyStatic } = await import('@fastify/static');
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: join(folder, 'static') });
  console.log(`URL ${await app.listen({ host: '127.0.0.1', port: 0 })}`);
} else {
  await main();
}

function startChild(childRole: string, dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), childRole, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL (\S+)/u.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`${childRole} exited with ${code}`)));
  });
}

async function loadRound(url: string): Promise<{ rps: number; failures: number }> {
  const result = await autocannon({ url, connections, duration: roundSeconds });
  return { rps: result.requests.average, failures: result.non2xx + result.errors };
}

async function pageThroughput(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-public-bench-'));
  try {
    const opened = openDatabase({ sqliteFile: join(dir, 'newsroom.sqlite') });
    await migrateToLatest(opened.db, { info: () => {} });
    await opened.db.transaction().execute((trx) => publicSiteHooks(publicSiteConfigFromEnv()).published(benchArticle(), trx));
    const stored = await publicDb(opened.db).selectFrom('public_pages').select('html').where('slug', '=', 'bench-article').executeTakeFirstOrThrow();
    await opened.db.destroy();
    mkdirSync(join(dir, 'static'));
    writeFileSync(join(dir, 'static', 'page.html'), stored.html);

    const newsroom = await startChild('serve-newsroom', dir);
    const statics = await startChild('serve-static', dir);
    try {
      const articleUrl = `${newsroom.url}/articles/bench-article`;
      const staticUrl = `${statics.url}/page.html`;
      const [articleBytes, staticBytes] = await Promise.all([fetch(articleUrl).then((r) => r.text()), fetch(staticUrl).then((r) => r.text())]);
      if (articleBytes !== staticBytes) throw new Error('The two servers do not serve the same bytes.');
      await loadRound(staticUrl); // warm-up, not counted
      await loadRound(articleUrl);
      // Short alternating rounds: the machine is shared, so each pair sees about the same load;
      // the median pair ratio is the figure that noise moves least.
      const article: number[] = [];
      const baseline: number[] = [];
      const ratios: number[] = [];
      let failures = 0;
      for (let round = 0; round < rounds; round += 1) {
        const first = round % 2 === 0 ? await loadRound(staticUrl) : await loadRound(articleUrl);
        const second = round % 2 === 0 ? await loadRound(articleUrl) : await loadRound(staticUrl);
        const [s, a] = round % 2 === 0 ? [first, second] : [second, first];
        baseline.push(s.rps);
        article.push(a.rps);
        ratios.push(a.rps / s.rps);
        failures += s.failures + a.failures;
      }
      if (failures > 0) throw new Error(`${failures} failed requests during the load rounds`);
      const baselineName = `static file, same bytes (${stored.html.length} B), median`;
      return [
        { name: baselineName, value: percentile(baseline, 50), unit: 'req/s' },
        { name: 'stored article page, median', value: percentile(article, 50), unit: 'req/s', baseline: baselineName },
        { name: `median of ${rounds} paired ratios (page ÷ static)`, value: percentile(ratios, 50), unit: '×', goal: '≥ 0.70×' },
      ];
    } finally {
      newsroom.stop();
      statics.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function searchLatency(target: 'sqlite' | 'postgres', databaseUrl?: string): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-search-bench-'));
  const opened = openDatabase({ ...(databaseUrl ? { databaseUrl } : {}), sqliteFile: join(dir, 'newsroom.sqlite') });
  try {
    await migrateToLatest(opened.db, { info: () => {} });
    const loadStart = performance.now();
    const db = publicDb(opened.db);
    for (let from = 0; from < corpusSize; from += 2000) {
      const records = corpusRecords(from, 2000);
      await db.transaction().execute((trx) => insertPublicPages(trx, records));
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    console.log(`${target}: ${corpusSize} articles indexed in ${loadSeconds.toFixed(0)} s`);
    // Fresh statistics and a vacuumed table, as autovacuum leaves them after a bulk load.
    await sql`${sql.raw(target === 'postgres' ? 'vacuum analyze public_pages' : 'analyze')}`.execute(opened.db);
    const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(dir, 'media')) });
    const samples: number[] = [];
    const bySort = new Map<string, number[]>();
    for (let pass = 0; pass < 2; pass += 1) {
      for (const q of benchQueries()) {
        for (const scope of ['content', 'title', 'keyword']) {
          for (const sort of ['newest', 'oldest', 'relevance']) {
            const started = performance.now();
            const response = await app.inject({ method: 'GET', url: `/search?${new URLSearchParams({ q, scope, sort }).toString()}` });
            const elapsed = performance.now() - started;
            if (response.statusCode !== 200) throw new Error(`search ${q} ${scope} ${sort}: ${response.statusCode}`);
            if (pass === 0) continue; // the first pass warms caches
            samples.push(elapsed);
            bySort.set(sort, [...(bySort.get(sort) ?? []), elapsed]);
          }
        }
      }
    }
    await app.close();
    return [
      { name: `${target}: bulk index ${corpusSize} articles`, value: loadSeconds, unit: 's' },
      { name: `${target}: search p50 (${samples.length} queries)`, value: percentile(samples, 50), unit: 'ms' },
      { name: `${target}: search p95, all scopes and sorts`, value: percentile(samples, 95), unit: 'ms', goal: '≤ 50 ms' },
      ...[...bySort].map(([sort, values]) => ({ name: `${target}: search p95, sort=${sort}`, value: percentile(values, 95), unit: 'ms' })),
    ];
  } finally {
    await opened.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `copydesk_public_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: parsed.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema "${schema}" cascade`);
      await cleanup.end();
    },
  };
}

async function main(): Promise<void> {
  // COPYDESK_BENCH_PART=page or =search runs one half (the whole run takes several minutes).
  const part = process.env.COPYDESK_BENCH_PART;
  if (part !== 'search') printTable('Public article page: stored page vs static file (same bytes, same process type)', await pageThroughput());
  if (part === 'page') return;
  const rows = await searchLatency('sqlite');
  const pgUrl = process.env.COPYDESK_TEST_PG_URL;
  if (pgUrl) {
    const schema = await postgresSchema(pgUrl);
    try {
      rows.push(...(await searchLatency('postgres', schema.url)));
    } finally {
      await schema.drop();
    }
  } else {
    console.log('PostgreSQL search skipped: COPYDESK_TEST_PG_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).');
  }
  printTable(`Public search over ${corpusSize} published articles (through GET /search)`, rows);
}

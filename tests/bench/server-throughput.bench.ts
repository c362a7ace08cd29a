/**
 * Newsroom server throughput: article saves (PUT with If-Match) and workflow transitions
 * (submit / request changes), measured with autocannon against a real listening server, on
 * SQLite and on PostgreSQL in one run. A request always works on an article no other request
 * holds, so every request should succeed (a 409 would mean the bench lost track).
 *
 * PostgreSQL: COPYDESK_BENCH_PG_URL, else COPYDESK_TEST_PG_URL, else the local test database.
 * Server and load generator share this process and the machine's two cores: figures are for
 * comparing runs and back ends, not absolute capacity.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createUser } from '../../server/users/user-commands';
import { openDatabase } from '../../server/db/open-database';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { startNewsroomServer } from '../../server/start-server';
import { readyContent } from '../server/helpers/article-fixtures';
import { percentile, printTable } from './table';
import type { BenchRow } from './table';

const durationSeconds = 5;
const connections = 10;
const password = 'correct horse battery';

interface Target {
  name: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

async function postgresTarget(): Promise<Target | null> {
  const base = process.env.COPYDESK_BENCH_PG_URL ?? process.env.COPYDESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `copydesk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
  } catch (error) {
    console.log(`PostgreSQL rows skipped: cannot reach ${new URL(base).host} (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-pg-'));
  return {
    name: 'postgres',
    dataDir,
    databaseUrl: url.toString(),
    async cleanup() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema "${schema}" cascade`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function sqliteTarget(): Target {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-sqlite-'));
  return { name: 'sqlite', dataDir, async cleanup() { rmSync(dataDir, { recursive: true, force: true }); } };
}

interface Claim {
  articleId: string;
  revision: number;
}

/**
 * autocannon clears a connection's context each time its request list starts over, so articles
 * are lent from a pool for one pass of the list (one save, or submit + request changes) and
 * handed back with their new revision: no two requests in flight ever share an article.
 */
async function load(url: string, token: string, articles: string[], mode: 'update' | 'transition') {
  const pool: Claim[] = articles.map((articleId) => ({ articleId, revision: 1 }));
  const claims = new WeakMap<object, Claim>();
  const claim = (context: object): Claim => {
    let held = claims.get(context);
    if (!held) {
      held = pool.shift();
      if (!held) throw new Error('article pool exhausted');
      claims.set(context, held);
    }
    return held;
  };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const respond = (release: boolean) => (status: number, body: string, context: object) => {
    const held = claims.get(context);
    if (!held) return;
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'revision' in parsed && typeof parsed.revision === 'number') held.revision = parsed.revision;
    if (release) {
      claims.delete(context);
      pool.push(held);
    }
  };
  const requests: autocannon.Request[] =
    mode === 'update'
      ? [{
          method: 'PUT',
          setupRequest: (request, context) => {
            const held = claim(context);
            return { ...request, path: `/api/articles/${held.articleId}`, headers: { ...headers, 'if-match': String(held.revision) }, body: JSON.stringify({ content: readyContent(`Saved at revision ${held.revision}`) }) };
          },
          onResponse: respond(true),
        }]
      : (['submit', 'request_changes'] as const).map((action, index) => ({
          method: 'POST' as const,
          setupRequest: (request: autocannon.Request, context: object) => ({ ...request, path: `/api/articles/${claim(context).articleId}/transitions`, headers, body: JSON.stringify({ action }) }),
          onResponse: respond(index === 1),
        }));
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, requests }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { requestsPerSecond: result.requests.average, p95: percentile(latencies, 95), failures: result.non2xx + result.errors };
}

async function measure(target: Target): Promise<BenchRow[]> {
  const opened = openDatabase({ ...(target.databaseUrl ? { databaseUrl: target.databaseUrl } : {}), sqliteFile: join(target.dataDir, 'newsroom.sqlite') });
  await migrateToLatest(opened.db, { info: () => {} });
  await createUser(opened.db, { username: 'chief', displayName: 'Chief', role: 'chief_editor', password });
  await opened.db.destroy();
  const server = await startNewsroomServer({ dataDir: target.dataDir, host: '127.0.0.1', port: 0, logger: false, ...(target.databaseUrl ? { databaseUrl: target.databaseUrl } : {}) });
  try {
    const login = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chief', password }) });
    const { token } = (await login.json()) as { token: string };
    const create = async () => {
      const response = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ content: readyContent() }) });
      return ((await response.json()) as { id: string }).id;
    };
    const forUpdates = await Promise.all(Array.from({ length: connections * 3 }, create));
    const forTransitions = await Promise.all(Array.from({ length: connections * 3 }, create));
    const update = await load(server.url, token, forUpdates, 'update');
    const transition = await load(server.url, token, forTransitions, 'transition');
    if (update.failures + transition.failures > 0) console.log(`${target.name}: ${update.failures + transition.failures} requests failed — figures are not valid.`);
    const sqliteBase = (measureName: string) => (target.name === 'postgres' ? { baseline: `sqlite ${measureName}` } : {});
    return [
      { name: `${target.name} update throughput`, value: update.requestsPerSecond, unit: 'req/s', goal: '≥ 100 req/s', ...sqliteBase('update throughput') },
      { name: `${target.name} update p95`, value: update.p95, unit: 'ms', goal: '≤ 200 ms', ...sqliteBase('update p95') },
      { name: `${target.name} transition throughput`, value: transition.requestsPerSecond, unit: 'req/s', goal: '≥ 100 req/s', ...sqliteBase('transition throughput') },
      { name: `${target.name} transition p95`, value: transition.p95, unit: 'ms', goal: '≤ 200 ms', ...sqliteBase('transition p95') },
    ];
  } finally {
    await server.close();
  }
}

const rows: BenchRow[] = [];
for (const target of [sqliteTarget(), await postgresTarget()]) {
  if (!target) continue;
  try {
    rows.push(...(await measure(target)));
  } finally {
    await target.cleanup();
  }
}
printTable(`Newsroom server, ${connections} connections × ${durationSeconds} s per measure (PostgreSQL rows compared with SQLite)`, rows);

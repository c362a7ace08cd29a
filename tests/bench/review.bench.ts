/**
 * Review desk server figures (issue 11):
 * 1. The review queue's first page (with every queue's count) at 5,000 articles: server time via
 *    inject, SQLite and PostgreSQL. Goal for the desk: first page shown ≤ 300 ms from opening —
 *    the server share is what this measures; the rest is the desk's budget.
 * 2. Notification latency: a transition through server process A to an SSE client of process B,
 *    two instances on one PostgreSQL schema (LISTEN/NOTIFY). Goal p95 ≤ 1 s.
 *
 * PostgreSQL: COPYDESK_BENCH_PG_URL, else COPYDESK_TEST_PG_URL, else the local test database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from 'ulid';
import { buildServerApp } from '../../server/app';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { openDatabase } from '../../server/db/open-database';
import type { OpenedDatabase } from '../../server/db/open-database';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { postgresWake } from '../../server/notifications/event-wake';
import { searchTextOf } from '../../server/articles/body-text';
import { createUser } from '../../server/users/user-commands';
import type { UserListing } from '../../server/users/user-commands';
import { readyContent } from '../server/helpers/article-fixtures';
import { readSse } from '../server/helpers/read-sse';
import { deskListener, deskPath } from './review-desk-path';
import { percentile, printTable } from './table';
import type { BenchRow } from './table';

const articleCount = 5000;
const password = 'correct horse battery';
const statuses = ['in_review', 'approved', 'scheduled', 'published', 'changes_requested', 'draft'] as const;
const sections = ['hong-kong', 'china', 'world', 'business', 'sport'];

async function seed(opened: OpenedDatabase): Promise<void> {
  await migrateToLatest(opened.db, { info: () => {} });
  const authors: UserListing[] = [];
  for (let index = 0; index < 20; index += 1) authors.push(await createUser(opened.db, { username: `reporter${index}`, displayName: `Reporter ${index}`, role: 'reporter', password }));
  await createUser(opened.db, { username: 'chief', displayName: 'Chief', role: 'chief_editor', password });
  const start = Date.parse('2026-11-01T00:00:00.000Z');
  const rows = Array.from({ length: articleCount }, (_, index) => {
    const content = { ...readyContent(`Story number ${index}`), slug: `story-${index}`, section: sections[index % sections.length] ?? 'world' };
    const at = new Date(start + index * 60_000).toISOString();
    const status = statuses[index % statuses.length] ?? 'draft';
    return {
      id: ulid(), slug: content.slug, language: index % 3 === 0 ? 'zh-Hant' : 'en', section: content.section, headline: content.headline, status,
      revision: 1, version: 1, author_id: authors[index % authors.length]?.id ?? '', assignee_id: null, needs_photos: index % 7 === 0 ? 1 : 0,
      publish_at: status === 'scheduled' ? '2027-01-01T00:00:00.000Z' : null, published_at: status === 'published' ? at : null,
      created_at: at, updated_at: at, content: JSON.stringify(content), search_text: searchTextOf(content),
    };
  });
  for (let offset = 0; offset < rows.length; offset += 200) await opened.db.insertInto('articles').values(rows.slice(offset, offset + 200)).execute();
}

async function queueTimes(opened: OpenedDatabase, dataDir: string): Promise<number[]> {
  const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(dataDir, 'media')) });
  const login = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'chief', password } });
  const token = login.json<{ token: string }>().token;
  const urls = ['/api/review/queue?queue=waiting', '/api/review/queue?queue=approved&sort=headline&order=asc', '/api/review/queue?queue=waiting&section=world&language=en'];
  const times: number[] = [];
  for (let round = 0; round < 60; round += 1) {
    const url = urls[round % urls.length] ?? '';
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
    if (round >= 5) times.push(elapsed);
  }
  await app.close();
  return times;
}

/** The same first pages through the desk's newsroom client over HTTP, as the review screen asks. */
async function deskQueueTimes(opened: OpenedDatabase, dataDir: string): Promise<number[]> {
  const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(dataDir, 'media')) });
  const desk = await deskPath(await app.listen({ host: '127.0.0.1', port: 0 }), 'chief', password);
  const requests = [{ queue: 'waiting' as const }, { queue: 'approved' as const }, { queue: 'waiting' as const, section: 'world', language: 'en' as const }];
  const times: number[] = [];
  for (let round = 0; round < 60; round += 1) {
    const started = performance.now();
    await desk.queue(requests[round % requests.length] ?? { queue: 'waiting' });
    if (round >= 5) times.push(performance.now() - started);
  }
  await desk.close();
  await app.close();
  return times;
}

async function pgSchema(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const base = process.env.COPYDESK_BENCH_PG_URL ?? process.env.COPYDESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `copydesk_review_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
  } catch (error) {
    console.log(`PostgreSQL rows skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema "${schema}" cascade`);
      await cleanup.end();
    },
  };
}

async function notificationLatency(url: string, dataDir: string): Promise<{ times: number[]; throughDesk: number[] }> {
  const instances = [];
  for (let index = 0; index < 2; index += 1) {
    const opened = openDatabase({ databaseUrl: url, sqliteFile: '' });
    const wake = postgresWake(url);
    const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(dataDir, 'media')), eventWake: wake });
    instances.push({ opened, wake, app, base: await app.listen({ host: '127.0.0.1', port: 0 }) });
  }
  const [a, b] = instances;
  if (!a || !b) throw new Error('two instances');
  const signIn = async (base: string, username: string) => {
    const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    return ((await response.json()) as { token: string }).token;
  };
  const post = async (token: string, path: string, body: unknown) => {
    const response = await fetch(`${a.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const reporterA = await signIn(a.base, 'reporter0');
  const reporterB = await signIn(b.base, 'reporter0');
  const chiefA = await signIn(a.base, 'chief');
  const times: number[] = [];
  const throughDesk: number[] = [];
  const desk = await deskListener(b.base, 'reporter0', password);
  for (let round = 0; round < 30; round += 1) {
    const article = await post(reporterA, '/api/articles', { content: readyContent(`Latency ${round}`) });
    await post(reporterA, `/api/articles/${article.id}/transitions`, { action: 'submit' });
    let ready: () => void = () => {};
    const opened = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const stream = readSse(`${b.base}/api/events/stream`, reporterB, { count: 1, timeoutMs: 10_000, onOpen: ready });
    await opened;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = performance.now();
    await post(chiefA, `/api/articles/${article.id}/transitions`, { action: 'request_changes', note: `Round ${round}` });
    const { events } = await stream;
    if (events.length !== 1) throw new Error('no event reached process B');
    times.push(performance.now() - sent);
    // The same, to the other reporter's desk: its event stream on process B, then the page's long poll
    // (first taking in the event just measured, which reaches this desk too).
    await desk.nextEvent(10_000);
    const again = await post(reporterA, '/api/articles', { content: readyContent(`Desk latency ${round}`) });
    await post(reporterA, `/api/articles/${again.id}/transitions`, { action: 'submit' });
    const arrived = desk.nextEvent(10_000);
    const start = performance.now();
    await post(chiefA, `/api/articles/${again.id}/transitions`, { action: 'request_changes', note: `Desk round ${round}` });
    throughDesk.push((await arrived) - start);
  }
  await desk.close();
  for (const instance of instances) {
    await instance.app.close();
    await instance.wake.close();
    await instance.opened.db.destroy();
  }
  return { times, throughDesk };
}

const rows: BenchRow[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-review-bench-'));
try {
  const sqlite = openDatabase({ sqliteFile: join(dataDir, 'newsroom.sqlite') });
  await seed(sqlite);
  const sqliteTimes = await queueTimes(sqlite, dataDir);
  const sqliteDesk = await deskQueueTimes(sqlite, dataDir);
  await sqlite.db.destroy();
  rows.push({ name: 'queue first page, SQLite p50', value: percentile(sqliteTimes, 50), unit: 'ms', baseline: 'desk budget', goal: '' });
  rows.push({ name: 'queue first page, SQLite p95', value: percentile(sqliteTimes, 95), unit: 'ms', baseline: 'desk budget', goal: '≤ 300 ms incl. desk' });
  rows.push({ name: 'queue via the desk client, SQLite p95', value: percentile(sqliteDesk, 95), unit: 'ms', baseline: 'desk budget', goal: '≤ 300 ms' });
  const postgres = await pgSchema();
  if (postgres) {
    try {
      const opened = openDatabase({ databaseUrl: postgres.url, sqliteFile: '' });
      await seed(opened);
      const pgTimes = await queueTimes(opened, dataDir);
      const pgDesk = await deskQueueTimes(opened, dataDir);
      await opened.db.destroy();
      rows.push({ name: 'queue first page, PostgreSQL p50', value: percentile(pgTimes, 50), unit: 'ms', baseline: 'desk budget' });
      rows.push({ name: 'queue first page, PostgreSQL p95', value: percentile(pgTimes, 95), unit: 'ms', baseline: 'desk budget', goal: '≤ 300 ms incl. desk' });
      rows.push({ name: 'queue via the desk client, PG p95', value: percentile(pgDesk, 95), unit: 'ms', baseline: 'desk budget', goal: '≤ 300 ms' });
      const latency = await notificationLatency(postgres.url, dataDir);
      rows.push({ name: 'notification A→B SSE, PG p50', value: percentile(latency.times, 50), unit: 'ms', baseline: 'notification goal' });
      rows.push({ name: 'notification A→B SSE, PG p95', value: percentile(latency.times, 95), unit: 'ms', baseline: 'notification goal', goal: '≤ 1000 ms' });
      rows.push({ name: 'notification A→desk B page poll, PG p50', value: percentile(latency.throughDesk, 50), unit: 'ms', baseline: 'notification goal' });
      rows.push({ name: 'notification A→desk B page poll, PG p95', value: percentile(latency.throughDesk, 95), unit: 'ms', baseline: 'notification goal', goal: '≤ 1000 ms' });
    } finally {
      await postgres.drop();
    }
  }
  rows.push({ name: 'desk budget', value: 300, unit: 'ms' });
  rows.push({ name: 'notification goal', value: 1000, unit: 'ms' });
  printTable(`Review desk server (${articleCount} articles; ratio = share of the goal)`, rows);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

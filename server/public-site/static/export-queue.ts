import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Database } from '../../db/schema';
import { databaseKind } from '../db/database-kind';
import type { PublicPlacement } from './public-placement';
import { staticExportDb } from './static-export-tables';

const nextId = monotonicFactory();
/** pg_advisory_xact_lock(class, key): the class marks the static export's locks apart from others. */
const lockClass = 0x5e7a;
const siteLockKey = 0;

export interface QueuedExport {
  id: string;
  articleId: string;
  previous: string | null;
}

function rowLockKey(id: string): number {
  let hash = 0;
  for (const character of id) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  // Key 0 is the site-wide export lock.
  return hash === siteLockKey ? 1 : hash;
}

/** A claim written with the row: the process that commits the change exports it. */
export interface QueueClaim {
  claimant: string;
  until: string;
}

/**
 * In the publishing transaction: the row that says "export this article", already claimed by
 * the committing process (so its export needs no write of its own before it starts; a crash
 * leaves a claim that expires or that the next start on this host frees). On PostgreSQL the
 * transaction also takes a lock named after the row, which the exporter waits for: it is
 * released exactly when the transaction commits or rolls back.
 */
export async function enqueueExport(trx: Transaction<Database>, articleId: string, previous: PublicPlacement | null, at: string, claim: QueueClaim | null = null): Promise<string> {
  const id = nextId();
  await staticExportDb(trx)
    .insertInto('static_export_queue')
    .values({ id, article_id: articleId, previous: previous === null ? null : JSON.stringify(previous), queued_at: at, claimed_by: claim?.claimant ?? null, claimed_until: claim?.until ?? null })
    .execute();
  if (databaseKind(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${lockClass}, ${rowLockKey(id)})`.execute(trx);
  return id;
}

/**
 * Waits until the transaction that queued `id` has ended. PostgreSQL: its row lock is free.
 * SQLite: the one connection is free (Kysely queues every query behind the open transaction).
 */
export async function waitForQueuingTransaction(db: Kysely<Database>, id: string): Promise<void> {
  if (databaseKind(db) === 'postgres') {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${lockClass}, ${rowLockKey(id)})`.execute(trx);
    });
    return;
  }
  await sql`select 1`.execute(db);
}

/**
 * Runs `work` while holding the site-wide export lock (PostgreSQL), so two processes never
 * interleave their writes of the same listing with different database states.
 */
export async function withSiteExportLock<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (databaseKind(db) !== 'postgres') return work();
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${lockClass}, ${siteLockKey})`.execute(trx);
    return work();
  });
}

/** Takes the row for this process for `leaseMs`, unless another live claim holds it. */
export async function claimExport(db: Kysely<Database>, id: string, claimant: string, leaseMs: number, now = new Date()): Promise<QueuedExport | null> {
  const queue = staticExportDb(db);
  const result = await queue
    .updateTable('static_export_queue')
    .set({ claimed_by: claimant, claimed_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now.toISOString())]))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return null;
  return claimedExport(db, id, claimant);
}

/** The row when `claimant` holds it: null when its transaction rolled back or another process took it over. */
export async function claimedExport(db: Kysely<Database>, id: string, claimant: string): Promise<QueuedExport | null> {
  const row = await staticExportDb(db).selectFrom('static_export_queue').select(['id', 'article_id', 'previous']).where('id', '=', id).where('claimed_by', '=', claimant).executeTakeFirst();
  return row ? { id: row.id, articleId: row.article_id, previous: row.previous } : null;
}

/** Rows nobody is exporting: left by a crash, a failed export, or an expired claim. */
export async function unclaimedExports(db: Kysely<Database>, limit: number, now = new Date()): Promise<string[]> {
  const rows = await staticExportDb(db)
    .selectFrom('static_export_queue')
    .select('id')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now.toISOString())]))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function finishExport(db: Kysely<Database>, id: string, claimant: string): Promise<void> {
  await staticExportDb(db).deleteFrom('static_export_queue').where('id', '=', id).where('claimed_by', '=', claimant).execute();
}

/** Who holds a claim: `host:pid:nonce`, so a process can tell a claim of its own machine's dead process. */
export function claimantName(host: string, pid: number, nonce: string): string {
  return `${host}:${pid}:${nonce}`;
}

function claimantProcess(claimant: string): { host: string; pid: number } | null {
  const parts = claimant.split(':');
  const pid = Number(parts.at(-2));
  if (parts.length < 3 || !Number.isInteger(pid) || pid <= 0) return null;
  return { host: parts.slice(0, -2).join(':'), pid };
}

/**
 * Frees live claims whose process is gone: a server killed mid-export on this machine would
 * otherwise hold its rows until the lease ran out, and the next start could not finish them.
 * Only claims of this host whose pid is not running are freed; a reused pid just waits the lease.
 */
export async function releaseDeadClaims(db: Kysely<Database>, host: string, isRunning: (pid: number) => boolean, now = new Date()): Promise<number> {
  const queue = staticExportDb(db);
  const rows = await queue.selectFrom('static_export_queue').select('claimed_by').distinct().where('claimed_until', '>=', now.toISOString()).execute();
  let released = 0;
  for (const { claimed_by: claimant } of rows) {
    const owner = claimant === null ? null : claimantProcess(claimant);
    if (claimant === null || owner === null || owner.host !== host || isRunning(owner.pid)) continue;
    const result = await queue.updateTable('static_export_queue').set({ claimed_by: null, claimed_until: null }).where('claimed_by', '=', claimant).executeTakeFirst();
    released += Number(result.numUpdatedRows);
  }
  return released;
}

/** Whether a process of this machine is running (signal 0 checks without sending anything). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** A failed export gives its row back at once, for the next sweep or the next process. */
export async function releaseExport(db: Kysely<Database>, id: string, claimant: string): Promise<void> {
  await staticExportDb(db).updateTable('static_export_queue').set({ claimed_by: null, claimed_until: null }).where('id', '=', id).where('claimed_by', '=', claimant).execute();
}

export async function queuedExportCount(db: Kysely<Database>): Promise<number> {
  const row = await staticExportDb(db).selectFrom('static_export_queue').select((eb) => eb.fn.countAll().as('count')).executeTakeFirst();
  return Number(row?.count ?? 0);
}

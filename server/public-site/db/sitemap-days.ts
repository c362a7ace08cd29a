import { sql } from 'kysely';
import { dayDocIds } from '../feeds/sitemap-partitions';
import { databaseKind } from './database-kind';
import type { PublicDb } from './public-site-tables';

/** pg_advisory_xact_lock(class, day): the class marks these locks apart from the others. */
const lockClass = 0x5e7b;

/**
 * Recounts the given publish days of `public_sitemap_days` from `public_pages`, in the caller's
 * transaction. A day holds at most a few thousand articles, so a recount is a short index
 * range. On PostgreSQL the day is locked first: a concurrent publish of the same day waits for
 * this transaction, and its own recount (a statement after the lock) then sees this commit.
 */
export async function recountSitemapDays(db: PublicDb, days: Iterable<number>): Promise<void> {
  const postgres = databaseKind(db) === 'postgres';
  // In order, so two transactions that touch the same two days never wait for each other in a circle.
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    if (postgres) await sql`select pg_advisory_xact_lock(${lockClass}, ${day})`.execute(db);
    const { from, to } = dayDocIds(day);
    // Withdrawn articles count for the latest change (their file lost an entry), not as live.
    const row = await db
      .selectFrom('public_pages')
      .select((eb) => [eb.fn.sum<number | string>(eb.case().when('state', '=', 'live').then(1).else(0).end()).as('live'), eb.fn.max('modified_at').as('modified_at')])
      .where('doc_id', '>=', from)
      .where('doc_id', '<', to)
      .executeTakeFirst();
    const live = Number(row?.live ?? 0);
    await db.deleteFrom('public_sitemap_days').where('day', '=', day).execute();
    if (live > 0 && row?.modified_at) await db.insertInto('public_sitemap_days').values({ day, live, modified_at: row.modified_at }).execute();
  }
}

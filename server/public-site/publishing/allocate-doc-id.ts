import type { PublicDb } from '../db/public-site-tables';

/**
 * An article's place in publish order: the publish time in milliseconds × 1000, plus the
 * first free tie-breaker, so two articles published in the same millisecond still differ.
 * Sorting by it is sorting by publish time, and SQLite's FTS5 can walk it as its rowid.
 */
export async function allocateDocId(db: PublicDb, publishedAt: string): Promise<number> {
  const base = Date.parse(publishedAt) * 1000;
  const taken = await db
    .selectFrom('public_pages')
    .select((eb) => eb.fn.max('doc_id').as('max'))
    .where('doc_id', '>=', base)
    .where('doc_id', '<', base + 1000)
    .executeTakeFirst();
  const max = taken?.max;
  return max === null || max === undefined ? base : Number(max) + 1;
}

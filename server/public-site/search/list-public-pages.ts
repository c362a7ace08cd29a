import type { PublicDb } from '../db/public-site-tables';
import { labelKey } from '../render/site-paths';
import type { ListPage } from './search-hit';
import { listColumns, listItemFromRow } from './search-hit';

export type ListingFilter = { kind: 'home' } | { kind: 'section'; section: string } | { kind: 'tag' | 'topic'; label: string };

/**
 * Live articles, newest first, optionally of one section, tag or topic. `total` is counted up
 * to `countUpTo` only: by default one past this page, which is all a listing needs (is there a
 * next page?), so a page of a 100,000-article listing never counts the whole listing.
 */
export async function listPublicPages(db: PublicDb, filter: ListingFilter, limit: number, offset: number, countUpTo = offset + limit + 1): Promise<ListPage> {
  if (filter.kind === 'tag' || filter.kind === 'topic') {
    const key = labelKey(filter.label);
    const labelled = db.selectFrom('public_labels').where('kind', '=', filter.kind).where('label_key', '=', key);
    const ids = await labelled.select('doc_id').orderBy('doc_id', 'desc').limit(limit).offset(offset).execute();
    const total = await db.selectFrom(labelled.select('doc_id').limit(countUpTo).as('capped')).select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
    const docIds = ids.map((row) => Number(row.doc_id));
    const rows = docIds.length === 0 ? [] : await db.selectFrom('public_pages').select(listColumns).where('doc_id', 'in', docIds).where('state', '=', 'live').orderBy('doc_id', 'desc').execute();
    return { items: rows.map(listItemFromRow), total: Number(total?.total ?? 0) };
  }
  let query = db.selectFrom('public_pages').where('state', '=', 'live');
  if (filter.kind === 'section') query = query.where('section', '=', filter.section);
  const rows = await query.select(listColumns).orderBy('doc_id', 'desc').limit(limit).offset(offset).execute();
  const total = await db.selectFrom(query.select('doc_id').limit(countUpTo).as('capped')).select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
  return { items: rows.map(listItemFromRow), total: Number(total?.total ?? 0) };
}

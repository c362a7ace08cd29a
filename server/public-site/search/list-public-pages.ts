import type { PublicDb } from '../db/public-site-tables';
import { labelKey } from '../render/site-paths';
import type { ListPage, PublicListItem } from './search-hit';
import { listColumns, listItemFromRow } from './search-hit';

export type ListingFilter = { kind: 'home' } | { kind: 'section'; section: string } | { kind: 'tag' | 'topic'; label: string };

type Direction = 'desc' | 'asc';

type LabelFilter = { kind: 'tag' | 'topic'; label: string };

function isLabel(filter: ListingFilter): filter is LabelFilter {
  return filter.kind === 'tag' || filter.kind === 'topic';
}

/** A tag's or topic's doc_ids: its rows exist for live articles only. */
function labelIds(db: PublicDb, filter: LabelFilter, newerThan?: number) {
  const query = db.selectFrom('public_labels').select('doc_id').where('kind', '=', filter.kind).where('label_key', '=', labelKey(filter.label));
  return newerThan === undefined ? query : query.where('doc_id', '>', newerThan);
}

/** Live pages, of one section when given. */
function livePages(db: PublicDb, filter: Exclude<ListingFilter, LabelFilter>, newerThan?: number) {
  let query = db.selectFrom('public_pages').where('state', '=', 'live');
  if (filter.kind === 'section') query = query.where('section', '=', filter.section);
  return newerThan === undefined ? query : query.where('doc_id', '>', newerThan);
}

/** `limit` articles of a listing past `offset` from its newest (`desc`) or oldest (`asc`) end, newest first. */
async function listedItems(db: PublicDb, filter: ListingFilter, limit: number, offset: number, direction: Direction): Promise<PublicListItem[]> {
  if (limit <= 0) return [];
  if (isLabel(filter)) {
    const ids = await labelIds(db, filter).orderBy('doc_id', direction).limit(limit).offset(offset).execute();
    const docIds = ids.map((row) => Number(row.doc_id));
    if (docIds.length === 0) return [];
    const rows = await db.selectFrom('public_pages').select(listColumns).where('doc_id', 'in', docIds).where('state', '=', 'live').orderBy('doc_id', 'desc').execute();
    return rows.map(listItemFromRow);
  }
  const rows = await livePages(db, filter).select(listColumns).orderBy('doc_id', direction).limit(limit).offset(offset).execute();
  const items = rows.map(listItemFromRow);
  return direction === 'asc' ? items.reverse() : items;
}

/** How many articles a listing has (newer than a doc_id, when given), counted up to `cap`. */
export async function countListing(db: PublicDb, filter: ListingFilter, options: { newerThan?: number; cap?: number } = {}): Promise<number> {
  const cap = options.cap ?? Number.MAX_SAFE_INTEGER;
  const ids = isLabel(filter) ? labelIds(db, filter, options.newerThan).limit(cap) : livePages(db, filter, options.newerThan).select('doc_id').limit(cap);
  const row = await db.selectFrom(ids.as('listed')).select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
  return Number(row?.total ?? 0);
}

/**
 * Live articles, newest first, optionally of one section, tag or topic. `total` is counted up
 * to `countUpTo` only: by default one past this page, which is all a feed needs.
 */
export async function listPublicPages(db: PublicDb, filter: ListingFilter, limit: number, offset: number, countUpTo = offset + limit + 1): Promise<ListPage> {
  const items = await listedItems(db, filter, limit, offset, 'desc');
  return { items, total: await countListing(db, filter, { cap: countUpTo }) };
}

/**
 * The articles `offset` … `offset + limit − 1` (newest first) of a listing of `total`, read
 * from whichever end is nearer: an old archive page never skips the whole listing.
 */
export function listingSlice(db: PublicDb, filter: ListingFilter, slice: { offset: number; limit: number }, total: number): Promise<PublicListItem[]> {
  const fromOldest = Math.max(0, total - slice.offset - slice.limit);
  return fromOldest < slice.offset ? listedItems(db, filter, slice.limit, fromOldest, 'asc') : listedItems(db, filter, slice.limit, slice.offset, 'desc');
}

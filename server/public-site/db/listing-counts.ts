import type { ListingFilter } from '../search/list-public-pages';
import { labelKey } from '../render/site-paths';
import type { PublicDb } from './public-site-tables';

/** A change to listing totals: `kind\u0000label_key` → how many articles joined (negative: left). */
export type ListingDeltas = Map<string, number>;

const separator = '\u0000';

/**
 * The listings a stored page counts in by itself, as `public_listing_counts` keys: home and its
 * section while live (the listing queries' own definitions, so the totals always equal a count).
 */
export function pageListings(page: { state: string; section: string }): string[] {
  return page.state === 'live' ? [`home${separator}`, `section${separator}${page.section}`] : [];
}

/** The tag and topic listings of `public_labels` rows (only live articles have any), one per row. */
export function labelListings(labels: { kind: string; label_key: string }[]): string[] {
  return labels.map((label) => `${label.kind}${separator}${label.label_key}`);
}

export function addListings(deltas: ListingDeltas, listings: string[], by: 1 | -1): void {
  for (const listing of listings) deltas.set(listing, (deltas.get(listing) ?? 0) + by);
}

/**
 * Applies the deltas in the caller's transaction, in key order: two transactions touching the
 * same listings lock their rows in one order and never wait for each other in a circle. On
 * PostgreSQL a concurrent publish waits on the row until this transaction ends, then adds to
 * the committed total.
 */
export async function applyListingDeltas(db: PublicDb, deltas: ListingDeltas): Promise<void> {
  for (const listing of [...deltas.keys()].sort()) {
    const delta = deltas.get(listing) ?? 0;
    if (delta === 0) continue;
    const [kind = '', key = ''] = listing.split(separator);
    await db
      .insertInto('public_listing_counts')
      .values({ kind, label_key: key, total: delta })
      .onConflict((conflict) => conflict.columns(['kind', 'label_key']).doUpdateSet((eb) => ({ total: eb('public_listing_counts.total', '+', eb.ref('excluded.total')) })))
      .execute();
  }
}

/** How many live articles a listing has. */
export async function listingTotal(db: PublicDb, filter: ListingFilter): Promise<number> {
  const key = filter.kind === 'home' ? '' : filter.kind === 'section' ? filter.section : labelKey(filter.label);
  const row = await db.selectFrom('public_listing_counts').select('total').where('kind', '=', filter.kind).where('label_key', '=', key).executeTakeFirst();
  return Number(row?.total ?? 0);
}

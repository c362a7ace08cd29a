import { renditionNames } from '../../../shared/server-api';
import type { PublicDb } from '../db/public-site-tables';
import { listingPageUrl } from '../http/page-number';
import { labelKey, sitePaths } from '../render/site-paths';
import type { ListingFilter } from '../search/list-public-pages';
import { countListing } from '../search/list-public-pages';
import { listingTotal } from '../db/listing-counts';
import type { ListingPage } from '../search/listing-pages';
import { archivePageCount, pageHolding } from '../search/listing-pages';
import type { PublicPlacement } from './public-placement';
import { partsOfStoredDay } from '../feeds/sitemap-files';
import { dayDocIds, sitemapDay, sitemapFileName } from '../feeds/sitemap-partitions';

export interface ListingPlan {
  path: string;
  /** The archive pages the listing has now: files of later pages are removed. */
  archivePages: number;
  /** The pages written (or removed, when the site no longer serves them). */
  pages: ListingPage[];
}

/** What one export writes: addresses fetched from the site, and listings with the pages to write. */
export interface ExportPlan {
  addresses: string[];
  listings: ListingPlan[];
}

export interface PlanSettings {
  pageSize: number;
  sitemapSize: number;
}

/** Every page of a listing: the front and each archive page. */
export async function wholeListingPlan(db: PublicDb, filter: ListingFilter, path: string, settings: PlanSettings): Promise<ListingPlan> {
  const archivePages = archivePageCount(await listingTotal(db, filter), settings.pageSize);
  return { path, archivePages, pages: ['front', ...Array.from({ length: archivePages }, (_, index) => index + 1)] };
}

/** One article's doc_id in a listing: was it there before the change, is it there after. */
interface Membership {
  docId: number;
  before: boolean;
  after: boolean;
}

/**
 * The pages of a listing one article's change alters. Staying in the listing changes its card
 * only: the one page holding it. Joining or leaving moves every later article by one place:
 * the pages from the one holding it to the front; and when the listing gains or loses an
 * archive page, the newest archive page before and after (its link to newer articles changes).
 * A new article is the newest, so a publish rewrites the front alone, and at every
 * `pageSize`-th publish the two newest archive pages.
 */
async function changedListingPlan(db: PublicDb, filter: ListingFilter, path: string, memberships: Membership[], pageSize: number): Promise<ListingPlan> {
  const total = await listingTotal(db, filter);
  const archivePages = archivePageCount(total, pageSize);
  const joined = memberships.filter((entry) => entry.after && !entry.before).length;
  const left = memberships.filter((entry) => entry.before && !entry.after).length;
  const pages = new Set<ListingPage>();
  let movedFrom = Number.POSITIVE_INFINITY;
  for (const entry of memberships) {
    if (!entry.before && !entry.after) continue;
    const newer = await countListing(db, filter, { newerThan: entry.docId });
    const holding = pageHolding(total - newer - (entry.after ? 1 : 0), total, pageSize);
    if (entry.before && entry.after) pages.add(holding);
    else movedFrom = Math.min(movedFrom, holding === 'front' ? Number.POSITIVE_INFINITY : holding);
  }
  if (joined > 0 || left > 0) {
    pages.add('front');
    const archiveBefore = archivePageCount(total - joined + left, pageSize);
    if (archiveBefore !== archivePages) movedFrom = Math.min(movedFrom, Math.max(1, Math.min(archiveBefore, archivePages)));
    for (let page = movedFrom; page <= archivePages; page += 1) pages.add(page);
  }
  return { path, archivePages, pages: [...pages] };
}

export function articleAddresses(slug: string): string[] {
  return [sitePaths.article(slug), sitePaths.articleNinjs(slug)];
}

export function mediaAddresses(mediaId: string): string[] {
  return renditionNames.map((name) => `/media/${encodeURIComponent(mediaId)}/${name}`);
}

/** Live articles of the article's publish day that come before it: its position in the day's files. */
async function liveBefore(db: PublicDb, docId: number): Promise<number> {
  const { from } = dayDocIds(sitemapDay(docId));
  const row = await db
    .selectFrom('public_pages')
    .where('state', '=', 'live')
    .where('doc_id', '>=', from)
    .where('doc_id', '<', docId)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/**
 * The index, and the files of the article's publish day from the one holding it to the day's
 * last (+1, removed when the day lost a file). Other days' files cannot change.
 */
async function sitemapAddresses(db: PublicDb, docIds: number[], sitemapSize: number): Promise<string[]> {
  const addresses = [sitePaths.sitemapIndex];
  const firstOfDay = new Map<number, number>();
  for (const docId of docIds) {
    const day = sitemapDay(docId);
    const part = Math.floor((await liveBefore(db, docId)) / sitemapSize) + 1;
    firstOfDay.set(day, Math.min(part, firstOfDay.get(day) ?? part));
  }
  for (const [day, first] of [...firstOfDay.entries()].sort((a, b) => a[0] - b[0])) {
    const last = await partsOfStoredDay(db, day, sitemapSize);
    for (let part = first; part <= Math.max(first, last + 1); part += 1) addresses.push(sitePaths.sitemap(sitemapFileName({ day, part })));
  }
  return addresses;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function isIn(placement: PublicPlacement | null, listing: ListingFilter): boolean {
  if (placement === null || placement.state !== 'live') return false;
  if (listing.kind === 'home') return true;
  if (listing.kind === 'section') return placement.section === listing.section;
  return (listing.kind === 'tag' ? placement.tags : placement.topics).some((label) => labelKey(label) === labelKey(listing.label));
}

/** Where the article was and is in a listing, by doc_id (a doc_id that changed is one that left and one that joined). */
function memberships(previous: PublicPlacement | null, current: PublicPlacement | null, listing: ListingFilter): Membership[] {
  const byDoc = new Map<number, Membership>();
  for (const [placement, when] of [[previous, 'before'], [current, 'after']] as const) {
    if (placement === null || !isIn(placement, listing)) continue;
    const entry = byDoc.get(placement.docId) ?? { docId: placement.docId, before: false, after: false };
    entry[when] = true;
    byDoc.set(placement.docId, entry);
  }
  return [...byDoc.values()];
}

/**
 * Exactly the addresses one article's change can alter: its page and ninjs (under its old and
 * new slug), the pages it changes of home and of the listings of its old and new section, tags
 * and topics, the site feed, the sitemaps from its position on, the news sitemap and its images.
 */
export async function articleExportPlan(db: PublicDb, [previous, current]: [PublicPlacement | null, PublicPlacement | null], settings: PlanSettings): Promise<ExportPlan> {
  const known = [previous, current].filter((placement): placement is PublicPlacement => placement !== null);
  const sections = unique(known.map((placement) => placement.section).filter((section) => section !== ''));
  const tags = unique(known.flatMap((placement) => placement.tags.map(labelKey)).filter((key) => key !== ''));
  const topics = unique(known.flatMap((placement) => placement.topics.map(labelKey)).filter((key) => key !== ''));
  const filters: { filter: ListingFilter; path: string }[] = [
    { filter: { kind: 'home' }, path: sitePaths.home },
    ...sections.map((section) => ({ filter: { kind: 'section' as const, section }, path: sitePaths.section(section) })),
    ...tags.map((tag) => ({ filter: { kind: 'tag' as const, label: tag }, path: sitePaths.tag(tag) })),
    ...topics.map((topic) => ({ filter: { kind: 'topic' as const, label: topic }, path: sitePaths.topic(topic) })),
  ];
  const listings: ListingPlan[] = [];
  for (const { filter, path } of filters) listings.push(await changedListingPlan(db, filter, path, memberships(previous, current, filter), settings.pageSize));
  const addresses = [
    ...unique(known.flatMap((placement) => articleAddresses(placement.slug))),
    sitePaths.feed,
    ...sections.map(sitePaths.sectionFeed),
    ...(await sitemapAddresses(db, unique(known.map((placement) => placement.docId)), settings.sitemapSize)),
    sitePaths.newsSitemap,
    ...unique(known.flatMap((placement) => placement.mediaIds)).flatMap(mediaAddresses),
  ];
  return { addresses, listings };
}

/** The pages a listing plan writes, as addresses. */
export function listingAddresses(listing: ListingPlan): string[] {
  return listing.pages.map((page) => listingPageUrl(listing.path, page));
}

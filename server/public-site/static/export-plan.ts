import { renditionNames } from '../../../shared/server-api';
import type { PublicDb } from '../db/public-site-tables';
import { withPage } from '../http/page-number';
import { labelKey, sitePaths } from '../render/site-paths';
import type { ListingFilter } from '../search/list-public-pages';
import { listPublicPages } from '../search/list-public-pages';
import type { PublicPlacement } from './public-placement';
import { partsOfStoredDay } from '../feeds/sitemap-files';
import { dayDocIds, sitemapDay, sitemapFileName } from '../feeds/sitemap-partitions';

/** The highest `?page=` the site answers (server/public-site/http/page-number.ts). */
export const maxListingPages = 500;

export interface ListingPlan {
  path: string;
  /** Pages 1..pages are exported; files of later pages are removed. */
  pages: number;
}

/** What one export writes: addresses fetched from the site, and listings with their page counts. */
export interface ExportPlan {
  addresses: string[];
  listings: ListingPlan[];
}

export interface PlanSettings {
  pageSize: number;
  sitemapSize: number;
  listingPages: number;
}

export async function listingPlan(db: PublicDb, filter: ListingFilter, path: string, settings: PlanSettings): Promise<ListingPlan> {
  // Counted only as far as the exported pages reach.
  const { total } = await listPublicPages(db, filter, 1, 0, settings.listingPages * settings.pageSize);
  return { path, pages: Math.min(settings.listingPages, Math.max(1, Math.ceil(total / settings.pageSize))) };
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

/**
 * Exactly the addresses one article's change can alter: its page and ninjs (under its old and
 * new slug), home, the listings and feeds of its old and new section, tags and topics, the
 * site feed, the sitemaps from its position on, the news sitemap and its images.
 */
export async function articleExportPlan(db: PublicDb, placements: (PublicPlacement | null)[], settings: PlanSettings): Promise<ExportPlan> {
  const known = placements.filter((placement): placement is PublicPlacement => placement !== null);
  const sections = unique(known.map((placement) => placement.section).filter((section) => section !== ''));
  const tags = unique(known.flatMap((placement) => placement.tags.map(labelKey)).filter((key) => key !== ''));
  const topics = unique(known.flatMap((placement) => placement.topics.map(labelKey)).filter((key) => key !== ''));
  const listings: ListingPlan[] = [await listingPlan(db, { kind: 'home' }, sitePaths.home, settings)];
  for (const section of sections) listings.push(await listingPlan(db, { kind: 'section', section }, sitePaths.section(section), settings));
  for (const tag of tags) listings.push(await listingPlan(db, { kind: 'tag', label: tag }, sitePaths.tag(tag), settings));
  for (const topic of topics) listings.push(await listingPlan(db, { kind: 'topic', label: topic }, sitePaths.topic(topic), settings));
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

/** Every page of a listing, as addresses. */
export function listingAddresses(listing: ListingPlan): string[] {
  return Array.from({ length: listing.pages }, (_, index) => withPage(listing.path, index + 1));
}

/**
 * The public site's own tables, added to the newsroom's `Database` type with
 * `db.withTables<PublicSiteTables>()` so the newsroom schema file stays engineer-owned.
 * Timestamps are ISO-8601 UTC strings like the rest of the schema.
 */
import type { ColumnType, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

/** PostgreSQL returns bigint as a string: read it through Number(). */
type DocId = ColumnType<number | string, number, number>;

export interface PublicPagesTable {
  article_id: string;
  /** Position in publish order (publish time in ms × 1000 + a tie-breaker): newest first = largest. */
  doc_id: DocId;
  slug: string;
  /** `live`, or `gone` after unpublishing (served as 410). */
  state: string;
  language: string;
  section: string;
  headline: string;
  standfirst: string;
  /** Plain text of the body, for search snippets. */
  body_text: string;
  /** JSON string arrays. */
  tags: string;
  topics: string;
  /** Lead image rendition address (site-relative) for listings and feeds, or ''. */
  image_src: string;
  image_width: number;
  image_height: number;
  published_at: string;
  /** Last change a reader can see: publish, correction or unpublish time. */
  modified_at: string;
  /** The complete HTML page, rendered once when published or corrected. */
  html: string;
  /** The ninjs 2.2 document as JSON text. */
  ninjs: string;
  etag: string;
}

/** One row per tag or topic of a live article, for the tag and topic listings. */
export interface PublicLabelsTable {
  article_id: string;
  kind: string;
  /** NFKC-lowercased label, so /tags/Transport and /tags/transport are one page. */
  label_key: string;
  doc_id: DocId;
}

/**
 * Which library images a live page shows: only these renditions are served to anyone; the
 * others (images of drafts, of unpublished articles) only to signed-in newsroom staff.
 */
export interface PublicMediaTable {
  article_id: string;
  media_id: string;
}

/** Live articles per UTC publish day (server/public-site/feeds/sitemap-partitions.ts), for the sitemaps. */
export interface PublicSitemapDaysTable {
  /** Days since 1970-01-01 UTC: doc_id / 86,400,000,000. */
  day: number;
  live: number;
  /** The latest change of an article of that day, live or withdrawn: when its sitemap files last changed. */
  modified_at: string;
}

/** Live articles per listing (server/public-site/db/listing-counts.ts). */
export interface PublicListingCountsTable {
  /** `home` (label_key ''), `section` (label_key the section), `tag` or `topic` (the label's key). */
  kind: string;
  label_key: string;
  total: ColumnType<number | string, number, number>;
}

// A type alias (not an interface) so it fits withTables' Record constraint.
export type PublicSiteTables = {
  public_pages: PublicPagesTable;
  public_labels: PublicLabelsTable;
  public_media: PublicMediaTable;
  public_sitemap_days: PublicSitemapDaysTable;
  public_listing_counts: PublicListingCountsTable;
};

export type PublicSiteDatabase = Database & PublicSiteTables;
export type PublicDb = Kysely<PublicSiteDatabase> | Transaction<PublicSiteDatabase>;

export function publicDb(db: Kysely<Database>): Kysely<PublicSiteDatabase>;
export function publicDb(db: Transaction<Database>): Transaction<PublicSiteDatabase>;
export function publicDb(db: Kysely<Database> | Transaction<Database>): PublicDb {
  return db.withTables<PublicSiteTables>();
}

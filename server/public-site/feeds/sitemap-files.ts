import type { PublicDb } from '../db/public-site-tables';
import { partsOfDay } from './sitemap-partitions';
import type { SitemapPart } from './sitemap-partitions';

export interface SitemapDayFile extends SitemapPart {
  /** The latest change of an article of its day (a withdrawal too: it left the file). */
  modifiedAt: string;
}

/** Every article sitemap file, oldest day first, from the per-day counts (one row per day, never the articles). */
export async function sitemapDayFiles(db: PublicDb, sitemapSize: number): Promise<SitemapDayFile[]> {
  const days = await db.selectFrom('public_sitemap_days').select(['day', 'live', 'modified_at']).where('live', '>', 0).orderBy('day').execute();
  return days.flatMap((row) => Array.from({ length: partsOfDay(Number(row.live), sitemapSize) }, (_, index) => ({ day: Number(row.day), part: index + 1, modifiedAt: row.modified_at })));
}

/** How many files a day has now (0 when it has no live article). */
export async function partsOfStoredDay(db: PublicDb, day: number, sitemapSize: number): Promise<number> {
  const row = await db.selectFrom('public_sitemap_days').select('live').where('day', '=', day).executeTakeFirst();
  return partsOfDay(Number(row?.live ?? 0), sitemapSize);
}

/**
 * How the article sitemaps are cut: one partition per UTC day of publishing (read from
 * `doc_id`, which is the publish time in ms × 1000), and a day of more than `sitemapSize`
 * articles in several files. A publish lands in today's partition, so it changes only today's
 * last file and the index; the files of earlier days stay as they are. `/sitemaps/1.xml` holds
 * the site's own pages (the home page), as it did before the articles moved to daily files.
 */

const docIdsPerDay = 86_400_000 * 1000;

/** One article sitemap file: a day (days since 1970-01-01 UTC) and its part, from 1. */
export interface SitemapPart {
  day: number;
  part: number;
}

export const siteSitemapFile = '1';

export function sitemapDay(docId: number): number {
  return Math.floor(docId / docIdsPerDay);
}

/** The doc_id range of a day: from (inclusive), to (exclusive). */
export function dayDocIds(day: number): { from: number; to: number } {
  return { from: day * docIdsPerDay, to: (day + 1) * docIdsPerDay };
}

/** `2026-01-05`, or `2026-01-05-2` for the day's second file. */
export function sitemapFileName({ day, part }: SitemapPart): string {
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return part === 1 ? date : `${date}-${part}`;
}

const fileName = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:-([2-9]|[1-9][0-9]{1,4}))?$/u;

/** The part a file name stands for, or null when no article file is called so. */
export function parseSitemapFileName(name: string): SitemapPart | null {
  const match = fileName.exec(name);
  if (!match) return null;
  const [, year, month, date, part] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(date));
  // Refuses dates that roll over (2026-02-31), so each part has exactly one name.
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== `${year}-${month}-${date}`) return null;
  return { day: time / 86_400_000, part: part === undefined ? 1 : Number(part) };
}

/** How many files a day of `live` articles takes. */
export function partsOfDay(live: number, sitemapSize: number): number {
  return Math.ceil(live / sitemapSize);
}

import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * One row per UTC publish day that has live articles: how many, and the latest change of an article of that day (a publish, correction or withdrawal). The
 * sitemap index and the export plan read it instead of counting all live articles (100,000
 * rows at every publish). Kept in the same transaction as every write of `public_pages`
 * (server/public-site/db/sitemap-days.ts); filled here from the pages already published.
 */
export const sitemapDaysMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('public_sitemap_days')
      .addColumn('day', 'integer', (col) => col.primaryKey())
      .addColumn('live', 'integer', (col) => col.notNull())
      .addColumn('modified_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    // doc_id is the publish time in ms × 1000: a day is 86,400,000,000 of them.
    await sql`insert into public_sitemap_days (day, live, modified_at)
      select doc_id / 86400000000, sum(case when state = 'live' then 1 else 0 end), max(modified_at) from public_pages
      group by doc_id / 86400000000 having sum(case when state = 'live' then 1 else 0 end) > 0`.execute(db);
  },
};

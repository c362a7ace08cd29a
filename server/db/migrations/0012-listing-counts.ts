import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * How many live articles each listing has: home (`home`, key ''), each section, tag and topic.
 * A listing's pages are counted from its oldest article, so every render and every export plan
 * needs the listing's total; counting 100,000 index entries took 6 ms, twice a listing per
 * publish. Kept in the same transaction as every write of `public_pages` and `public_labels`
 * (server/public-site/db/listing-counts.ts); filled here from the pages already published.
 */
export const listingCountsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('public_listing_counts')
      .addColumn('kind', 'varchar(10)', (col) => col.notNull())
      .addColumn('label_key', 'varchar(200)', (col) => col.notNull())
      .addColumn('total', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('public_listing_counts_pk', ['kind', 'label_key'])
      .execute();
    await sql`insert into public_listing_counts (kind, label_key, total)
      select 'home', '', count(*) from public_pages where state = 'live' having count(*) > 0`.execute(db);
    await sql`insert into public_listing_counts (kind, label_key, total)
      select 'section', section, count(*) from public_pages where state = 'live' group by section`.execute(db);
    // public_labels holds rows of live articles only.
    await sql`insert into public_listing_counts (kind, label_key, total)
      select kind, label_key, count(*) from public_labels group by kind, label_key`.execute(db);
  },
};

import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The durable "to export" queue of the static site. A row is written in the publishing
 * transaction, so it exists exactly when the change committed; the process that committed
 * exports it right after and deletes it. A row left by a crash (or whose export failed) is
 * claimed by the next process that starts: `claimed_until` is a lease, so two processes never
 * export the same row at once and a dead claimant's row becomes free again.
 */
export const staticExportMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('static_export_queue')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull())
      // JSON: the article's public placement before the change (slug, section, labels, images), or null.
      .addColumn('previous', 'text')
      .addColumn('queued_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('claimed_by', 'varchar(100)')
      .addColumn('claimed_until', 'varchar(40)')
      .execute();
    await db.schema.createIndex('static_export_queue_claim').on('static_export_queue').columns(['claimed_until', 'id']).execute();
  },
};

import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Soft locks live in the database, not in a process, so several server processes agree on who is
 * editing. Events gain the person they are addressed to (the holder told of a takeover).
 */
export const articleLocksMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('article_locks')
      .addColumn('article_id', 'varchar(40)', (col) => col.primaryKey().references('articles.id'))
      .addColumn('lock_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('holder_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('taken_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(40)', (col) => col.notNull())
      .execute();
    await db.schema.alterTable('article_events').addColumn('subject_id', 'varchar(40)').execute();
    await db.schema.createIndex('article_events_subject').on('article_events').columns(['subject_id', 'id']).execute();
  },
};

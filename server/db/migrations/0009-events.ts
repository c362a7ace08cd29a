import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { databaseKind } from '../../public-site/db/database-kind';

/**
 * Notifications: one row per event and recipient. `seq` is the stream's order (the SSE `id:`);
 * writers take a lock before allocating it (see record-notifications.ts), so the order of `seq`
 * is the order of commits and a reader resuming after `seq` never skips one.
 */
export const eventsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const postgres = databaseKind(db) === 'postgres';
    await db.schema
      .createTable('notifications')
      .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
      .addColumn('event_id', 'varchar(40)', (col) => col.notNull().references('article_events.id'))
      .addColumn('recipient_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull().references('articles.id'))
      .addColumn('action', 'varchar(40)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(40)')
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'varchar(40)', (col) => col.notNull())
      .addColumn('read_at', 'varchar(40)')
      .execute();
    await db.schema.createIndex('notifications_recipient').on('notifications').columns(['recipient_id', 'seq']).execute();
    // The audit of account changes made through the API (people routes); never a password.
    await db.schema
      .createTable('people_audit')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('at', 'varchar(40)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('action', 'varchar(40)', (col) => col.notNull())
      .addColumn('username', 'varchar(80)', (col) => col.notNull())
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('notifications_unread').on('notifications').columns(['recipient_id', 'read_at']).execute();
  },
};

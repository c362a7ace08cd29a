import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Every sign-in attempt is a row, written before it is judged: limits are counted from the
 * database (shared by every server process) and simultaneous guesses see each other. Failures
 * are kept per account and address, so an outsider's guesses slow down only the outsider.
 * The old per-account failure table is dropped (it held at most a day of failures).
 */
export const loginAttemptsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('login_attempts')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('username', 'varchar(80)', (col) => col.notNull())
      .addColumn('address', 'varchar(64)', (col) => col.notNull())
      .addColumn('at', 'varchar(30)', (col) => col.notNull())
      .addColumn('outcome', 'varchar(16)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('login_attempts_address_at').on('login_attempts').columns(['address', 'at']).execute();
    await db.schema.createIndex('login_attempts_username_address_at').on('login_attempts').columns(['username', 'address', 'at']).execute();
    await db.schema.dropTable('login_failures').execute();
  },
};

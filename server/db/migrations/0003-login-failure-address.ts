import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Failed sign-ins remember their address, so the per-address limit holds across server processes. */
export const loginFailureAddressMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('login_failures').addColumn('address', 'varchar(64)').execute();
    await db.schema.createIndex('login_failures_address_at').on('login_failures').columns(['address', 'at']).execute();
  },
};

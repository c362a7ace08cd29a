import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { PublicSiteTables } from '../db/public-site-tables';

export interface StaticExportQueueTable {
  id: string;
  article_id: string;
  previous: string | null;
  queued_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
}

// A type alias so it fits withTables' Record constraint.
export type StaticExportTables = PublicSiteTables & { static_export_queue: StaticExportQueueTable };
export type StaticExportDatabase = Database & StaticExportTables;
export type StaticExportDb = Kysely<StaticExportDatabase> | Transaction<StaticExportDatabase>;

export function staticExportDb(db: Kysely<Database>): Kysely<StaticExportDatabase>;
export function staticExportDb(db: Transaction<Database>): Transaction<StaticExportDatabase>;
export function staticExportDb(db: Kysely<Database> | Transaction<Database>): StaticExportDb {
  return db.withTables<StaticExportTables>();
}

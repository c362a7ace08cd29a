import { PostgresAdapter, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Kysely } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

export interface MigrationLog {
  info(message: string): void;
}

/** Runs pending migrations (static list, no filesystem scan) and logs each one applied. */
export async function migrateToLatest(db: Kysely<Database>, log: MigrationLog): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(await postgresSchema(db)),
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Success') log.info(`migration applied: ${result.migrationName}`);
    if (result.status === 'Error') log.info(`migration failed: ${result.migrationName}`);
  }
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
  if ((results ?? []).length === 0) log.info('database schema is up to date');
}

/**
 * On PostgreSQL the migrator looks for its bookkeeping tables in every schema; pin it to the
 * schema we write to (search_path), or another schema's tables would make it skip creating ours.
 */
async function postgresSchema(db: Kysely<Database>): Promise<{ migrationTableSchema?: string }> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return {};
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}

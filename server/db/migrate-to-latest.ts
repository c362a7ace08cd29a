import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

export interface MigrationLog {
  info(message: string): void;
}

/** Runs pending migrations (static list, no filesystem scan) and logs each one applied. */
export async function migrateToLatest(db: Kysely<Database>, log: MigrationLog): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Success') log.info(`migration applied: ${result.migrationName}`);
    if (result.status === 'Error') log.info(`migration failed: ${result.migrationName}`);
  }
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
  if ((results ?? []).length === 0) log.info('database schema is up to date');
}

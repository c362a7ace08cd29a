import { PostgresAdapter } from 'kysely';
import type { DialectAdapter } from 'kysely';

export type SearchDialect = 'sqlite' | 'postgres';

/** Which full-text engine the open database has: SQLite FTS5 or PostgreSQL tsvector. */
export function databaseKind(db: { getExecutor(): { adapter: DialectAdapter } }): SearchDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

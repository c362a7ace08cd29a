import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { CurrentSchemaPostgresDialect } from './current-schema-introspector';
import pg from 'pg';
import type { Database } from './schema';
import { withCachedStatements } from './cached-statements';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, without credentials (safe to log). */
  description: string;
}

/**
 * PostgreSQL when a `postgres://` URL is given (several server processes may share it),
 * otherwise one SQLite file (a small desk on one machine).
 */
export function openDatabase(options: { databaseUrl?: string; sqliteFile: string }): OpenedDatabase {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return { db: new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) }), kind: 'postgres', description: describeUrl(options.databaseUrl) };
  }
  mkdirSync(dirname(options.sqliteFile), { recursive: true });
  const sqlite = new SQLite(options.sqliteFile);
  // WAL lets readers run during a write; busy_timeout waits for a second process's write lock
  // instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // FULL: every commit is on disk before the server answers, so a power cut never loses a save
  // the desk was told succeeded (NORMAL in WAL mode may lose the last ones). Measured with
  // `npm run bench sqlite-synchronous` on the shared 2-core CI machine (ext4): one save
  // transaction 6.9 ms mean / 18 ms p95 with FULL against 0.34 / 0.10 ms with NORMAL, i.e.
  // ~146 commits/s — far above what a small desk on SQLite writes; larger ones use PostgreSQL.
  sqlite.pragma('synchronous = FULL');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withCachedStatements(sqlite) }) }), kind: 'sqlite', description: `sqlite ${options.sqliteFile}` };
}

function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `postgres ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'postgres (unparsable URL)';
  }
}

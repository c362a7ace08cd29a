import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 for Kysely with its prepared statements kept (the most recent `size` of them):
 * Kysely asks to prepare every query it runs, and the server runs the same few hundred shapes
 * over and over (a publish ~20 of them), so compiling each once saves that work on every call.
 * Safe because the server never streams (`iterate`) a query while running another like it.
 */
export function withStatementCache(database: SQLite.Database, size = 512): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept) {
        // Most recently used last: the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

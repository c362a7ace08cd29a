import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 for Kysely with its prepared statements kept, most recently used first.
 * Kysely's SQLite driver prepares every query anew, and parsing and planning a statement cost
 * about as much as running it: an eighth of the CPU of a publish and its static export at
 * 100,000 articles (`node --cpu-prof`). Queries built by Kysely repeat their SQL text with
 * other parameters, so a few hundred statements cover the server. A statement still being
 * iterated (a streamed query) is busy: a second use of its SQL then gets a statement of its own.
 * SQLite itself prepares a kept statement again when the schema changes (migrations).
 */
export function withCachedStatements(database: SQLite.Database, capacity = 500): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = kept.get(sql);
      if (cached !== undefined && !cached.busy) {
        kept.delete(sql);
        kept.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > capacity) {
        const oldest = kept.keys().next();
        if (!oldest.done) kept.delete(oldest.value);
      }
      return statement;
    },
  };
}

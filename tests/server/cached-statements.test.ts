import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withCachedStatements } from '../../server/db/cached-statements';

describe('SQLite statements kept for Kysely', () => {
  const opened: SQLite.Database[] = [];
  afterEach(() => {
    for (const database of opened.splice(0)) if (database.open) database.close();
  });
  function memory(): SQLite.Database {
    const database = new SQLite(':memory:');
    opened.push(database);
    return database;
  }

  it('hands out the same prepared statement for the same SQL, and a new one for other SQL', () => {
    const cached = withCachedStatements(memory());
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
  });

  it('gives a statement still being iterated a second, separate statement', () => {
    const database = memory();
    database.exec('create table n (v integer); insert into n values (1), (2), (3)');
    const cached = withCachedStatements(database);
    const streaming = cached.prepare('select v from n order by v').iterate([]);
    expect(streaming.next().value).toEqual({ v: 1 });
    // The first statement is busy: the same SQL must still run, on a statement of its own.
    expect(cached.prepare('select v from n order by v').all([])).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }]);
    expect(streaming.next().value).toEqual({ v: 2 });
    streaming.return?.();
  });

  it('keeps at most `capacity` statements, dropping the least recently used', () => {
    const cached = withCachedStatements(memory(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    // 'select 2' was the least recently used of the three: it was dropped, 'select 1' kept.
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('answers Kysely queries with their own parameters, and sees a table changed by a migration', async () => {
    const db = new Kysely<{ notes: { id: number; body: string } }>({ dialect: new SqliteDialect({ database: withCachedStatements(memory()) }) });
    await db.schema.createTable('notes').addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('body', 'text').execute();
    await db.insertInto('notes').values({ id: 1, body: '渡輪' }).execute();
    await db.insertInto('notes').values({ id: 2, body: 'ferry' }).execute();
    const byId = (id: number) => db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirst();
    expect(await byId(1)).toEqual({ id: 1, body: '渡輪' });
    expect(await byId(2)).toEqual({ id: 2, body: 'ferry' });
    await sql`alter table notes add column pinned integer not null default 0`.execute(db);
    expect(await byId(2)).toEqual({ id: 2, body: 'ferry', pinned: 0 });
    await db.destroy();
  });
});

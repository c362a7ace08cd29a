import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../server/db/statement-cache';

interface Tables {
  notes: { id: number; text: string };
}

describe('the SQLite statement cache', () => {
  const opened: Array<Kysely<Tables>> = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });

  function open(size?: number) {
    const database = new SQLite(':memory:');
    const prepared: string[] = [];
    const original = database.prepare.bind(database);
    database.prepare = ((source: string) => {
      prepared.push(source);
      return original(source);
    }) as typeof database.prepare;
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(database, size) }) });
    opened.push(db);
    return { db, prepared };
  }

  it('compiles a query once however often it runs, and each run sees the current rows', async () => {
    const { db, prepared } = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    for (let index = 1; index <= 50; index += 1) {
      await db.insertInto('notes').values({ id: index, text: `note ${index}` }).execute();
      const count = await db.selectFrom('notes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(index);
    }
    const last = await db.selectFrom('notes').selectAll().where('id', '=', 50).executeTakeFirstOrThrow();
    expect(last.text).toBe('note 50');
    const inserts = prepared.filter((source) => source.startsWith('insert into'));
    const counts = prepared.filter((source) => source.startsWith('select count'));
    expect([inserts.length, counts.length]).toEqual([1, 1]);
  });

  it('keeps only the most recent statements: one pushed out is compiled again when it comes back', async () => {
    const { db, prepared } = open(2);
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    const byId = () => db.selectFrom('notes').selectAll().where('id', '=', 1).execute();
    const byText = () => db.selectFrom('notes').selectAll().where('text', '=', 'x').execute();
    const all = () => db.selectFrom('notes').select('id').execute();
    await byId();
    await byText();
    await byId();
    await all();
    await byText();
    await byId();
    const selects = prepared.filter((source) => source.startsWith('select'));
    // byId, byText, (byId kept), all pushes byText out, byText again pushes byId out, byId again.
    expect(selects).toHaveLength(5);
  });
});

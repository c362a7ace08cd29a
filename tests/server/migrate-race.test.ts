/**
 * Start-up on PostgreSQL while other sessions create and drop schemas (a second newsroom in the
 * same database, or the other test suites), and two server processes migrating one fresh schema
 * at the same moment. Kysely's own introspector read every schema and failed with "schema …
 * does not exist" when one was dropped mid-query (10 of 15 start-ups here).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { openDatabase } from '../../server/db/open-database';
import { postgresTestUrl, urlWithSchema } from './helpers/test-database';

const pgUrl = postgresTestUrl();
if (!pgUrl) console.warn('Migration race test skipped: it needs PostgreSQL; set COPYDESK_TEST_PG_URL.');

describe.skipIf(!pgUrl)('migrating while the database changes around it', () => {
  const base = pgUrl ?? '';
  const admin = new pg.Client({ connectionString: base });
  const made: string[] = [];
  let stopChurn = false;
  let churned = 0;
  let churn: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    await admin.connect();
    churn = (async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      while (!stopChurn) {
        const schema = `copydesk_churn_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
        await client.query(`create schema "${schema}"`);
        await client.query(`create table "${schema}".t (a int)`);
        await client.query(`drop schema "${schema}" cascade`);
        churned += 1;
      }
      await client.end();
    })();
  });

  afterAll(async () => {
    stopChurn = true;
    await churn;
    for (const schema of made) await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  });

  async function freshSchema(): Promise<string> {
    const schema = `copydesk_mig_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin.query(`create schema "${schema}"`);
    made.push(schema);
    return schema;
  }

  it('starts every time while other schemas are created and dropped, two processes at once', async () => {
    const failures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const url = urlWithSchema(base, await freshSchema());
      const servers = [openDatabase({ databaseUrl: url, sqliteFile: '' }), openDatabase({ databaseUrl: url, sqliteFile: '' })];
      const outcomes = await Promise.allSettled(servers.map((server) => migrateToLatest(server.db, { info: () => {} })));
      for (const outcome of outcomes) if (outcome.status === 'rejected') failures.push(String(outcome.reason));
      const tables = await servers[0]?.db.introspection.getTables();
      expect(tables?.map((table) => table.name)).toContain('articles');
      for (const server of servers) await server.db.destroy();
    }
    expect(churned).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 120_000);
});

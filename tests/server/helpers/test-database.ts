import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from '../../../server/db/migrate-to-latest';
import { openDatabase } from '../../../server/db/open-database';
import type { OpenedDatabase } from '../../../server/db/open-database';

export type DatabaseTarget = 'sqlite' | 'postgres';

const pgUrl = process.env.COPYDESK_TEST_PG_URL;

/** SQLite always; PostgreSQL when COPYDESK_TEST_PG_URL is set (CI), with the reason printed otherwise. */
export function databaseTargets(): DatabaseTarget[] {
  if (pgUrl) return ['sqlite', 'postgres'];
  if (!skipNoticePrinted) {
    console.warn('PostgreSQL server tests skipped: COPYDESK_TEST_PG_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).');
    skipNoticePrinted = true;
  }
  return ['sqlite'];
}
let skipNoticePrinted = false;

export function postgresTestUrl(): string | undefined {
  return pgUrl;
}

/** The connection URL with `search_path` set, so each run lives in its own schema. */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

export interface TestDatabase extends OpenedDatabase {
  /** For PostgreSQL: the URL pointing at this run's schema (for child processes). */
  url?: string;
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, or a new PostgreSQL schema dropped afterwards. */
export async function openTestDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-server-test-'));
  if (target === 'sqlite' || !pgUrl) {
    const opened = openDatabase({ sqliteFile: join(dataDir, 'newsroom.sqlite') });
    await migrateToLatest(opened.db, { info: () => {} });
    return {
      ...opened,
      dataDir,
      async drop() {
        await opened.db.destroy();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `copydesk_srv_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const url = urlWithSchema(pgUrl, schema);
  const opened = openDatabase({ databaseUrl: url, sqliteFile: '' });
  await migrateToLatest(opened.db, { info: () => {} });
  return {
    ...opened,
    url,
    dataDir,
    async drop() {
      await opened.db.destroy();
      const cleanup = new pg.Client({ connectionString: pgUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema "${schema}" cascade`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

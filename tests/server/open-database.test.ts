import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open-database';

describe('the SQLite database of a small desk', () => {
  it('runs in WAL mode with synchronous=FULL, so an acknowledged save survives a power cut', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-open-db-'));
    const opened = openDatabase({ sqliteFile: join(folder, 'newsroom.sqlite') });
    try {
      const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(opened.db);
      const synchronous = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(opened.db);
      expect(journal.rows).toEqual([{ journal_mode: 'wal' }]);
      // 2 is FULL (1 would be NORMAL).
      expect(synchronous.rows).toEqual([{ synchronous: 2 }]);
    } finally {
      await opened.db.destroy();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

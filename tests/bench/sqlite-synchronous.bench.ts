/**
 * `npm run bench sqlite-synchronous`: what SQLite's `synchronous=FULL` costs the newsroom server
 * against NORMAL, in WAL mode, for the write it does most (one small transaction per article
 * save: the row update and an event row). FULL fsyncs the WAL at every commit, so a power cut
 * loses no acknowledged save; NORMAL may lose the last ones (never corrupts). The choice and the
 * figure are written where the pragma is set (server/db/open-database.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { percentile, printTable } from './table';

const commits = Number(process.env.BENCH_COMMITS ?? '400');
const body = 'x'.repeat(4000);

function measure(mode: 'NORMAL' | 'FULL'): number[] {
  const folder = mkdtempSync(join(tmpdir(), `copydesk-sync-${mode}-`));
  const db = new SQLite(join(folder, 'bench.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${mode}`);
    db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, revision INTEGER, content TEXT); CREATE TABLE events (id INTEGER PRIMARY KEY, article_id INTEGER, at TEXT)');
    db.prepare('INSERT INTO articles (id, revision, content) VALUES (1, 0, ?)').run(body);
    const update = db.prepare('UPDATE articles SET revision = revision + 1, content = ? WHERE id = 1');
    const event = db.prepare('INSERT INTO events (article_id, at) VALUES (1, ?)');
    const save = db.transaction((index: number) => {
      update.run(`${body}${index}`);
      event.run(new Date().toISOString());
    });
    const samples: number[] = [];
    for (let index = 0; index < commits; index += 1) {
      const start = performance.now();
      save(index);
      samples.push(performance.now() - start);
    }
    return samples;
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// Alternate the runs so a neighbour's load on the shared disk hits both alike.
const normal: number[] = [];
const full: number[] = [];
for (let round = 0; round < 2; round += 1) {
  normal.push(...measure('NORMAL'));
  full.push(...measure('FULL'));
}
const mean = (samples: number[]) => samples.reduce((sum, value) => sum + value, 0) / samples.length;
printTable(`SQLite WAL, one save transaction, ${commits * 2} commits each (${tmpdir()})`, [
  { name: 'NORMAL mean', value: mean(normal), unit: 'ms' },
  { name: 'FULL mean', value: mean(full), unit: 'ms', baseline: 'NORMAL mean', goal: 'saves stay well under the 50 ms a person notices' },
  { name: 'NORMAL p95', value: percentile(normal, 95), unit: 'ms' },
  { name: 'FULL p95', value: percentile(full, 95), unit: 'ms', baseline: 'NORMAL p95' },
  { name: 'NORMAL commits/s', value: 1000 / mean(normal), unit: '/s' },
  { name: 'FULL commits/s', value: 1000 / mean(full), unit: '/s', baseline: 'NORMAL commits/s' },
]);

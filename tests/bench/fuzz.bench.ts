/**
 * `npm run bench fuzz`: the fuzz suites' long run. The same properties `npm test` runs with a
 * fixed seed and a bounded number of cases, run here at COPYDESK_FUZZ_SCALE times as many
 * (default 20), once each way, with a table of how many cases every property really ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './table';
import type { BenchRow } from './table';

export const fuzzSuites = [
  'tests/shared/fuzz-shared.test.ts',
  'tests/renderer/paste/fuzz-paste-sanitizer.test.ts',
  'tests/electron/transfer/fuzz-html-to-doc.test.ts',
  'tests/server/fuzz-image-readers.test.ts',
];

function run(scale: number): { cases: Map<string, number>; seconds: number; ok: boolean } {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-'));
  const report = join(folder, 'cases.jsonl');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...fuzzSuites, '--testTimeout', String(120_000 * scale)], {
    env: { ...process.env, COPYDESK_FUZZ_SCALE: String(scale), COPYDESK_FUZZ_REPORT: report },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const seconds = (performance.now() - start) / 1000;
  const cases = new Map<string, number>();
  try {
    for (const line of readFileSync(report, 'utf8').split('\n').filter(Boolean)) {
      const entry: unknown = JSON.parse(line);
      if (typeof entry === 'object' && entry !== null && 'name' in entry && 'cases' in entry && typeof entry.name === 'string' && typeof entry.cases === 'number') {
        cases.set(entry.name, (cases.get(entry.name) ?? 0) + entry.cases);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { cases, seconds, ok: result.status === 0 };
}

const scale = Number(process.env.COPYDESK_FUZZ_SCALE ?? '20');
const short = run(1);
const long = run(scale);
const rows: BenchRow[] = [];
for (const [name, cases] of long.cases) {
  rows.push({ name: `${name}: npm test`, value: short.cases.get(name) ?? 0, unit: 'cases' });
  rows.push({ name: `${name}: long run`, value: cases, unit: 'cases', baseline: `${name}: npm test` });
}
const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, value) => sum + value, 0);
rows.push({ name: 'all: npm test', value: total(short.cases), unit: 'cases' });
rows.push({ name: 'all: long run', value: total(long.cases), unit: 'cases', baseline: 'all: npm test' });
rows.push({ name: 'time: npm test', value: short.seconds, unit: 's', goal: 'under 60 s' });
rows.push({ name: 'time: long run', value: long.seconds, unit: 's', baseline: 'time: npm test' });
printTable(`Fuzz suites, seed fixed, long run at ×${scale}`, rows);
if (!short.ok || !long.ok) {
  console.error('A fuzz property failed: its counterexample and seed are printed above.');
  process.exit(1);
}

/**
 * Drafts at scale: 10,000 realistic mixed Chinese/English drafts (5–50 KB) against 10.
 * Reports time from process start to the first page of the drafts list, autosave p50/p95 at 10
 * and 10,000 drafts, search p50/p95 for Chinese and English queries, and the desk process's
 * peak memory. Data is generated into a temporary folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { z } from 'zod';
import { generateDrafts } from './drafts-corpus';
import { percentile, printTable } from './table';

const manyDrafts = Number(process.env.COPYDESK_BENCH_DRAFTS ?? 10_000);
const probeSchema = z.object({
  firstPageMs: z.number(),
  openToFirstPageMs: z.number(),
  indexMs: z.number(),
  chineseSearch: z.array(z.number()),
  englishSearch: z.array(z.number()),
  saves: z.array(z.number()),
  peakRssMb: z.number(),
  reindexPeakRssMb: z.number(),
  drafts: z.number(),
});

/**
 * The desk ships as one CommonJS bundle with only sharp outside (scripts/build-electron.ts), so
 * the probe is built the same way: process start then costs what the app's start costs, not a
 * TypeScript compile.
 */
async function bundle(folder: string, entry: string, name: string): Promise<string> {
  const outfile = join(folder, name);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['sharp'],
    logLevel: 'silent',
  });
  return outfile;
}

interface Scripts {
  probe: string;
  reindexWorker: string;
}

function probe(scripts: Scripts, dataDir: string, searchRounds: number, saves = true): z.infer<typeof probeSchema> {
  const args = [scripts.probe, dataDir, String(searchRounds), saves ? 'saves' : 'no-saves', scripts.reindexWorker];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`the desk probe failed:\n${result.stderr}`);
  return probeSchema.parse(JSON.parse(result.stdout.trim().split('\n').pop() ?? ''));
}

const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-drafts-'));
// Inside the project, so the bundle finds the packages in node_modules.
const bundleFolder = await mkdtemp(join(process.cwd(), 'node_modules', '.copydesk-bench-'));
try {
  const here = dirname(fileURLToPath(import.meta.url));
  const script: Scripts = {
    probe: await bundle(bundleFolder, join(here, 'drafts-probe.ts'), 'drafts-probe.cjs'),
    reindexWorker: await bundle(bundleFolder, join(here, '..', '..', 'electron', 'desk', 'search', 'reindex-worker.ts'), 'reindex-worker.cjs'),
  };
  const small = join(root, 'small');
  const large = join(root, 'large');
  let started = performance.now();
  await generateDrafts(small, 10, 42);
  const generated = await generateDrafts(large, manyDrafts, 42);
  // Let the system write the generated files out first: saves measured while it is still
  // flushing half a gigabyte would time the disk's backlog, not the desk.
  spawnSync('sync');
  console.log(`generated ${manyDrafts} drafts (${(generated.bytes / manyDrafts / 1024).toFixed(1)} KB of JSON each on average) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  started = performance.now();
  const few = probe(script, small, 0);
  // The first start on generated data has no index snapshot (as after an upgrade or a lost
  // snapshot): a helper process reads every draft's term file and writes one, as in the app.
  // Every later start reads the snapshot.
  const cold = probe(script, large, 0, false);
  const many = probe(script, large, 200);
  console.log(`machine load average (1 min) during the run: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
  console.log(`probes ran in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (many.drafts !== manyDrafts) throw new Error(`expected ${manyDrafts} drafts, the desk listed ${many.drafts}`);

  printTable(`Drafts: 10 vs ${manyDrafts} drafts (measures from a usual start, with the index snapshot)`, [
    { name: 'first page of list, 10 drafts (from process start)', value: few.firstPageMs, unit: 'ms' },
    { name: `first page of list, ${manyDrafts} drafts (from process start)`, value: many.firstPageMs, unit: 'ms', baseline: 'first page of list, 10 drafts (from process start)', goal: '≤ 1000 ms' },
    { name: 'open desk → first page, 10 drafts', value: few.openToFirstPageMs, unit: 'ms' },
    { name: `open desk → first page, ${manyDrafts} drafts`, value: many.openToFirstPageMs, unit: 'ms', baseline: 'open desk → first page, 10 drafts' },
    { name: `search ready after first page, ${manyDrafts} drafts, no snapshot`, value: cold.indexMs, unit: 'ms' },
    { name: `search ready after first page, ${manyDrafts} drafts, from snapshot`, value: many.indexMs, unit: 'ms', baseline: `search ready after first page, ${manyDrafts} drafts, no snapshot` },
    { name: 'autosave p50, 10 drafts', value: percentile(few.saves, 50), unit: 'ms' },
    { name: 'autosave p95, 10 drafts', value: percentile(few.saves, 95), unit: 'ms', goal: '≤ 20 ms' },
    { name: `autosave p50, ${manyDrafts} drafts`, value: percentile(many.saves, 50), unit: 'ms', baseline: 'autosave p50, 10 drafts' },
    { name: `autosave p95, ${manyDrafts} drafts`, value: percentile(many.saves, 95), unit: 'ms', baseline: 'autosave p95, 10 drafts', goal: '≤ 20 ms and ≤ 1.5×' },
    { name: 'search p50, Chinese', value: percentile(many.chineseSearch, 50), unit: 'ms' },
    { name: 'search p95, Chinese', value: percentile(many.chineseSearch, 95), unit: 'ms', goal: '≤ 50 ms' },
    { name: 'search p50, English', value: percentile(many.englishSearch, 50), unit: 'ms' },
    { name: 'search p95, English', value: percentile(many.englishSearch, 95), unit: 'ms', goal: '≤ 50 ms' },
    { name: 'peak memory, 10 drafts', value: few.peakRssMb, unit: 'MB' },
    { name: `peak memory, ${manyDrafts} drafts`, value: many.peakRssMb, unit: 'MB', baseline: 'peak memory, 10 drafts', goal: '≤ 300 MB' },
    { name: `peak memory, ${manyDrafts} drafts, no snapshot`, value: cold.peakRssMb, unit: 'MB', baseline: 'peak memory, 10 drafts', goal: '≤ 300 MB' },
    // A separate, short-lived process: its memory is the system's again when the rebuild ends.
    { name: `peak memory of the re-index helper process, ${manyDrafts} drafts`, value: cold.reindexPeakRssMb, unit: 'MB' },
  ]);
} finally {
  await rm(root, { recursive: true, force: true });
  await rm(bundleFolder, { recursive: true, force: true });
}

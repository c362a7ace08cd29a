import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { articleSchema } from '../../../shared/article';
import { temporaryDataDir } from './draft-fixtures';

// Each round starts a Node process (~0.5 s on a busy machine): 20 rounds keep the suite lean.
const kills = 20;

describe('crash safety', () => {
  let dataDir: string;
  let script: string;
  let bundleDir: string;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    // Bundled once so each restart costs a Node start, not a TypeScript compile; kept inside the
    // project so the bundle finds the packages in node_modules.
    bundleDir = await mkdtemp(join(process.cwd(), 'node_modules', '.copydesk-crash-'));
    script = join(bundleDir, 'crash-writer.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      packages: 'external',
      logLevel: 'silent',
      absWorkingDir: process.cwd(),
    });
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(bundleDir, { recursive: true, force: true });
  });

  it(`keeps every draft parseable and at most one autosave behind across ${kills} SIGKILLs`, async () => {
    const store = new DraftStore(join(dataDir, 'data'));
    await store.open();
    const ids = [(await store.create()).id, (await store.create()).id, (await store.create()).id];
    await store.close();

    const lastSaved = new Map<string, number>();
    let counter = 0;
    for (let round = 0; round < kills; round += 1) {
      const acked = await runAndKill(script, join(dataDir, 'data'), counter, ids, Math.random() * 120);
      for (const [id, value] of acked.perDraft) lastSaved.set(id, value);
      const inFlight = acked.last + 1;
      for (const id of ids) {
        const text = await readFile(join(dataDir, 'data', 'drafts', `${id}.json`), 'utf8');
        const article = articleSchema.parse(JSON.parse(text));
        const onDisk = article.headline === '' ? 0 : Number(article.headline.slice(1));
        const acknowledged = lastSaved.get(id) ?? 0;
        // What was acknowledged is on disk; at most the one save in flight went further.
        expect([acknowledged, inFlight], `round ${round}, draft ${id}`).toContain(onDisk);
        lastSaved.set(id, onDisk);
      }
      counter = Math.max(acked.last, ...lastSaved.values());
    }
    expect(counter).toBeGreaterThan(kills);

    const reopened = new DraftStore(join(dataDir, 'data'));
    await reopened.open();
    await reopened.catalog.indexReady;
    expect(reopened.list()).toHaveLength(3);
    for (const id of ids) expect((await reopened.get(id)).headline).toBe(`v${lastSaved.get(id)}`);
    await reopened.close();
    const leftovers = (await readdir(join(dataDir, 'data', 'drafts'))).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  }, 90_000);
});

async function runAndKill(
  script: string,
  dataDir: string,
  start: number,
  ids: string[],
  afterMs: number,
): Promise<{ last: number; perDraft: Map<string, number> }> {
  const child = spawn(process.execPath, [script, dataDir, String(start), ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  let ready = false;
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const perDraft = new Map<string, number>();
  let last = start;
  let buffer = '';
  let killTimer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') ready = true;
      const match = /^saved (\S+) (\d+)$/.exec(line);
      // Killed at a random moment once autosaving is under way (a busy machine starts slowly).
      if (match && killTimer === undefined) killTimer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      if (match?.[1] && match[2]) {
        perDraft.set(match[1], Number(match[2]));
        last = Number(match[2]);
      }
    }
  });
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  clearTimeout(killTimer);
  if (!ready) throw new Error(`The autosaving child did not start: ${errors}`);
  return { last, perDraft };
}

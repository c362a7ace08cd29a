import { existsSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { DraftSearch } from '../../../electron/desk/search/draft-search';
import { reindexInChildProcess, type ReindexRunner } from '../../../electron/desk/search/reindex-process';
import { electronBundles } from '../../../scripts/electron-bundles';
import { contentWith, temporaryDataDir } from './draft-fixtures';

// The worker runs from source here, as in web mode (the app runs its bundled copy).
const workerScript = join(process.cwd(), 'electron', 'desk', 'search', 'reindex-worker.ts');
const inChildProcess = reindexInChildProcess(workerScript, { execArgv: ['--import', 'tsx'] });

describe('rebuilding the search index in a helper process', () => {
  let dataDir: string;
  let store: DraftStore;
  const headlines = async (query: string) =>
    (await new DraftSearch(store).search({ query, scope: 'content', sort: 'newest', offset: 0, limit: 10 })).hits.map((hit) => hit.draft.headline);
  const snapshot = () => join(dataDir, 'index', 'search-index.bin');

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    store = new DraftStore(dataDir);
    await store.open();
    for (const [headline, paragraph] of [['渡輪加價', '天星小輪'], ['Bus fares frozen', 'Kowloon routes'], ['颱風襲港', '天文台']]) {
      const draft = await store.create();
      await store.save(draft.id, contentWith({ headline, paragraphs: [paragraph] }));
    }
    await store.close();
    await rm(snapshot());
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function reopen(reindex: ReindexRunner): Promise<void> {
    store = new DraftStore(dataDir, { index: { reindex, reindexFrom: 1 } });
    await store.open();
  }

  it('starts without a snapshot: the helper reads the term files and writes one, and search works', async () => {
    let calls = 0;
    await reopen(async (job) => {
      calls += 1;
      expect(job.drafts).toHaveLength(3);
      return inChildProcess(job);
    });
    expect(await headlines('小輪')).toEqual(['渡輪加價']);
    expect(await headlines('kowloon')).toEqual(['Bus fares frozen']);
    expect(calls).toBe(1);
    expect(store.catalog.lastReindex?.indexed).toBe(3);
    expect(store.catalog.lastReindex?.peakRssMb).toBeGreaterThan(0);
    expect(existsSync(snapshot())).toBe(true);
  });

  it('reads a draft itself when its term file is older than the draft (changed outside the app)', async () => {
    const [typhoon] = store.list().filter((draft) => draft.headline === '颱風襲港');
    if (!typhoon) throw new Error('fixture draft missing');
    const file = join(dataDir, 'drafts', `${typhoon.id}.json`);
    const data = JSON.parse(await readFile(file, 'utf8')) as { headline: string };
    await writeFile(file, JSON.stringify({ ...data, headline: '暴雨警告' }));
    // Newer than its term file, set rather than waited for.
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    await reopen(inChildProcess);
    expect(await headlines('暴雨')).toEqual(['暴雨警告']);
    expect(await headlines('颱風')).toEqual([]);
    // The helper left the changed draft out; the desk read it.
    expect(store.catalog.lastReindex?.indexed).toBe(2);
  });

  it('falls back to reading the term files in the desk when the helper fails', async () => {
    await reopen(async () => {
      throw new Error('helper could not start');
    });
    expect(await headlines('天文台')).toEqual(['颱風襲港']);
    expect(store.catalog.lastReindex).toBeNull();
  });

  it('runs as the app ships it: the bundled helper, in plain Node with no node_modules to lean on', async () => {
    const outfile = join(dataDir, 'bundle', 'reindex-worker.cjs');
    await build({ ...electronBundles.reindexWorker, outfile, sourcemap: false, logLevel: 'silent' });
    await reopen(reindexInChildProcess(outfile, { env: { NODE_PATH: '' } }));
    expect(await headlines('天文台')).toEqual(['颱風襲港']);
    expect(store.catalog.lastReindex?.indexed).toBe(3);
  });

  it('reports a refused job with the reason', async () => {
    await expect(inChildProcess({ dataDir: '', drafts: [] })).rejects.toThrow(/could not be rebuilt in a helper process.*dataDir/su);
    await reopen(inChildProcess);
  });
});

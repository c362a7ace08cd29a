import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { DraftSearch } from '../../../electron/desk/search/draft-search';
import type { ReindexRunner } from '../../../electron/desk/search/reindex-process';
import type { ReindexJob } from '../../../electron/desk/search/term-files';
import { reindexInUtilityProcess, type UtilityForkOptions, type UtilityProcessLike, type UtilityProcessModuleLike } from '../../../electron/main/utility-reindex';
import { electronBundles } from '../../../scripts/electron-bundles';
import { contentWith, temporaryDataDir } from '../drafts/draft-fixtures';

const shim = join(import.meta.dirname, 'parent-port-shim.mjs');

class FakeUtilityChild extends EventEmitter implements UtilityProcessLike {
  postMessage: (job: ReindexJob) => void = () => {};
  constructor(readonly stderr: Readable | null) {
    super();
  }
}

/**
 * Electron's utilityProcess, played by a Node child that has `process.parentPort` and no
 * process.send (the shim): the worker can only answer through the port.
 */
function fakeUtilityProcess(loaderArgs: string[]): UtilityProcessModuleLike & { forks: UtilityForkOptions[] } {
  const forks: UtilityForkOptions[] = [];
  return {
    forks,
    fork(modulePath, args, options) {
      forks.push(options);
      const child = fork(modulePath, args, {
        execArgv: [...loaderArgs, '--import', shim, ...options.execArgv],
        env: { ...process.env, NODE_PATH: '' },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const helper = new FakeUtilityChild(child.stderr);
      helper.postMessage = (job) => child.send(job);
      child.on('exit', (code) => helper.emit('exit', code ?? 1));
      child.on('message', (message) => helper.emit('message', message));
      return helper;
    },
  };
}

describe('the search index rebuilt in an Electron utility process', () => {
  let dataDir: string;
  let store: DraftStore;
  const headlines = async (query: string) =>
    (await new DraftSearch(store).search({ query, scope: 'content', sort: 'newest', offset: 0, limit: 10 })).hits.map((hit) => hit.draft.headline);

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    store = new DraftStore(dataDir);
    await store.open();
    for (const [headline, paragraph] of [['渡輪加價', '天星小輪'], ['Bus fares frozen', 'Kowloon routes']]) {
      const draft = await store.create();
      await store.save(draft.id, contentWith({ headline, paragraphs: [paragraph] }));
    }
    await store.close();
    await rm(join(dataDir, 'index', 'search-index.bin'));
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function reopen(reindex: ReindexRunner): Promise<void> {
    store = new DraftStore(dataDir, { index: { reindex, reindexFrom: 1 } });
    await store.open();
  }

  it('runs the bundled helper through parentPort, as the packaged app does with RunAsNode off', async () => {
    const outfile = join(dataDir, 'bundle', 'reindex-worker.cjs');
    await build({ ...electronBundles.reindexWorker, outfile, sourcemap: false, logLevel: 'silent' });
    const utilityProcess = fakeUtilityProcess([]);
    await reopen(reindexInUtilityProcess(utilityProcess, outfile));
    expect(await headlines('小輪')).toEqual(['渡輪加價']);
    expect(store.catalog.lastReindex?.indexed).toBe(2);
    expect(utilityProcess.forks).toEqual([{ execArgv: ['--max-semi-space-size=2'], stdio: ['ignore', 'ignore', 'pipe'], serviceName: 'Copydesk search index' }]);
  });

  it('reports a helper that fails with its message, and the desk falls back to reading the term files', async () => {
    const worker = join(process.cwd(), 'electron', 'desk', 'search', 'reindex-worker.ts');
    const runner = reindexInUtilityProcess(fakeUtilityProcess(['--import', 'tsx']), worker);
    await expect(runner({ dataDir: '', drafts: [] })).rejects.toThrow(/could not be rebuilt in a helper process \(exit code 1\).*dataDir/su);
    await reopen(runner);
    expect(await headlines('kowloon')).toEqual(['Bus fares frozen']);
  });
});

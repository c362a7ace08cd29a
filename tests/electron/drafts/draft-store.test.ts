import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { contentWith, temporaryDataDir } from './draft-fixtures';

describe('draft store', () => {
  let dataDir: string;
  let store: DraftStore;

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    store = new DraftStore(dataDir);
    await store.open();
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function reopen(): Promise<void> {
    await store.close();
    store = new DraftStore(dataDir);
    await store.open();
  }

  it('keeps drafts and their list across a restart', async () => {
    const first = await store.create('en');
    const second = await store.create('zh-Hant');
    await store.save(first.id, contentWith({ headline: 'Ferry fares rise', language: 'en' }));
    await store.save(second.id, contentWith({ headline: '渡輪加價' }));
    await reopen();
    expect(store.list().map((draft) => draft.headline).sort()).toEqual(['Ferry fares rise', '渡輪加價']);
    expect((await store.get(second.id)).headline).toBe('渡輪加價');
  });

  it('saving appends one line to the index journal instead of rewriting it', async () => {
    const drafts = [await store.create(), await store.create(), await store.create()];
    const journal = join(dataDir, 'index', 'drafts.ndjson');
    const before = (await readFile(journal, 'utf8')).split('\n').filter(Boolean);
    const firstDraft = drafts[0];
    if (!firstDraft) throw new Error('no draft');
    await store.save(firstDraft.id, contentWith({ headline: 'One more line' }));
    const after = (await readFile(journal, 'utf8')).split('\n').filter(Boolean);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
  });

  it('runs saves of one draft in order, so the newest text wins', async () => {
    const draft = await store.create();
    const saves = Array.from({ length: 8 }, (_, index) => store.save(draft.id, contentWith({ headline: `Version ${index}` })));
    const results = await Promise.all(saves);
    expect(results.map((saved) => saved.revision)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await store.get(draft.id)).headline).toBe('Version 7');
  });

  it('close waits for writes still in flight', async () => {
    const draft = await store.create();
    void store.save(draft.id, contentWith({ headline: 'Written before quitting' }));
    await reopen();
    expect((await store.get(draft.id)).headline).toBe('Written before quitting');
  });

  it('repairs the list when a crash left the journal behind the draft files', async () => {
    const draft = await store.create();
    await store.save(draft.id, contentWith({ headline: 'Saved' }));
    await store.close();
    // As if the process died right after the draft write: journal and term file are gone.
    await rm(join(dataDir, 'index'), { recursive: true, force: true });
    store = new DraftStore(dataDir);
    await store.open();
    await store.catalog.indexReady;
    expect(store.list().map((summary) => summary.headline)).toEqual(['Saved']);
  });
});

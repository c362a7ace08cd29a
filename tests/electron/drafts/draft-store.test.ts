import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith } from './draft-fixtures';
import { useTemporaryStore } from './temporary-desk';

describe('draft store', () => {
  const opened = useTemporaryStore();
  const store = () => opened.current;

  it('keeps drafts and their list across a restart', async () => {
    const first = await store().create('en');
    const second = await store().create('zh-Hant');
    await store().save(first.id, contentWith({ headline: 'Ferry fares rise', language: 'en' }));
    await store().save(second.id, contentWith({ headline: '渡輪加價' }));
    await opened.restart();
    expect(store().list().map((draft) => draft.headline).sort()).toEqual(['Ferry fares rise', '渡輪加價']);
    expect((await store().get(second.id)).headline).toBe('渡輪加價');
  });

  it('saving appends one line to the index journal instead of rewriting it', async () => {
    const drafts = [await store().create(), await store().create(), await store().create()];
    const journal = join(opened.dataDir, 'index', 'drafts.ndjson');
    const before = (await readFile(journal, 'utf8')).split('\n').filter(Boolean);
    const firstDraft = drafts[0];
    if (!firstDraft) throw new Error('no draft');
    await store().save(firstDraft.id, contentWith({ headline: 'One more line' }));
    const after = (await readFile(journal, 'utf8')).split('\n').filter(Boolean);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
  });

  it('runs saves of one draft in order, so the newest text wins', async () => {
    const draft = await store().create();
    const saves = Array.from({ length: 8 }, (_, index) => store().save(draft.id, contentWith({ headline: `Version ${index}` })));
    const results = await Promise.all(saves);
    expect(results.map((saved) => saved.revision)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await store().get(draft.id)).headline).toBe('Version 7');
  });

  it('close waits for writes still in flight', async () => {
    const draft = await store().create();
    void store().save(draft.id, contentWith({ headline: 'Written before quitting' }));
    await opened.restart();
    expect((await store().get(draft.id)).headline).toBe('Written before quitting');
  });

  it('repairs the list when a crash left the journal behind the draft files', async () => {
    const draft = await store().create();
    await store().save(draft.id, contentWith({ headline: 'Saved' }));
    // As if the process died right after the draft write: journal and term file are gone.
    await opened.restart(() => rm(join(opened.dataDir, 'index'), { recursive: true, force: true }));
    await store().catalog.indexReady;
    expect(store().list().map((summary) => summary.headline)).toEqual(['Saved']);
  });
});

import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftSearch } from '../../../electron/desk/search/draft-search';
import { contentWith } from './draft-fixtures';
import { useTemporaryStore } from './temporary-desk';

describe('search index snapshot', () => {
  const opened = useTemporaryStore();
  const store = () => opened.current;
  const headlines = async (query: string) =>
    (await new DraftSearch(store()).search({ query, scope: 'content', sort: 'newest', offset: 0, limit: 10 })).hits.map((hit) => hit.draft.headline);


  it('starts from the snapshot written at close, without the per-draft term files', async () => {
    const ferry = await store().create();
    await store().save(ferry.id, contentWith({ headline: '渡輪加價', paragraphs: ['天星小輪'] }));
    const bus = await store().create();
    await store().save(bus.id, contentWith({ headline: 'Bus fares frozen' }));
    await opened.restart(async () => {
      for (const name of await readdir(join(opened.dataDir, 'index'))) {
        if (name.endsWith('.terms.json')) await rm(join(opened.dataDir, 'index', name));
      }
    });
    expect(await headlines('小輪')).toEqual(['渡輪加價']);
    expect(await headlines('bus')).toEqual(['Bus fares frozen']);
  });

  it('catches up on drafts saved after the snapshot, as after a crash', async () => {
    const draft = await store().create();
    await store().save(draft.id, contentWith({ headline: 'Old words' }));
    await opened.restart(() => copyFile(join(opened.dataDir, 'index', 'search-index.bin'), join(opened.dataDir, 'old-snapshot.bin')));
    await store().save(draft.id, contentWith({ headline: 'New words' }));
    const other = await store().create();
    await store().save(other.id, contentWith({ headline: 'Another draft' }));
    // As if the process had died before writing its snapshot: the old one is still there.
    await opened.restart(() => copyFile(join(opened.dataDir, 'old-snapshot.bin'), join(opened.dataDir, 'index', 'search-index.bin')));
    expect(await headlines('new')).toEqual(['New words']);
    expect(await headlines('old')).toEqual([]);
    expect(await headlines('another')).toEqual(['Another draft']);
  });
});

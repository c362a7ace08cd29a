import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { DraftSearch } from '../../../electron/desk/search/draft-search';
import { contentWith, temporaryDataDir } from './draft-fixtures';

describe('search index snapshot', () => {
  let dataDir: string;
  let store: DraftStore;
  const headlines = async (query: string) =>
    (await new DraftSearch(store).search({ query, scope: 'content', sort: 'newest', offset: 0, limit: 10 })).hits.map((hit) => hit.draft.headline);

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
    store = new DraftStore(dataDir);
    await store.open();
  }

  it('starts from the snapshot written at close, without the per-draft term files', async () => {
    const ferry = await store.create();
    await store.save(ferry.id, contentWith({ headline: '渡輪加價', paragraphs: ['天星小輪'] }));
    const bus = await store.create();
    await store.save(bus.id, contentWith({ headline: 'Bus fares frozen' }));
    await store.close();
    for (const name of await readdir(join(dataDir, 'index'))) {
      if (name.endsWith('.terms.json')) await rm(join(dataDir, 'index', name));
    }
    await reopen();
    expect(await headlines('小輪')).toEqual(['渡輪加價']);
    expect(await headlines('bus')).toEqual(['Bus fares frozen']);
  });

  it('catches up on drafts saved after the snapshot, as after a crash', async () => {
    const draft = await store.create();
    await store.save(draft.id, contentWith({ headline: 'Old words' }));
    await store.close();
    await copyFile(join(dataDir, 'index', 'search-index.bin'), join(dataDir, 'old-snapshot.bin'));
    await reopen();
    await store.save(draft.id, contentWith({ headline: 'New words' }));
    const other = await store.create();
    await store.save(other.id, contentWith({ headline: 'Another draft' }));
    await store.close();
    // As if the process had died before writing its snapshot: the old one is still there.
    await copyFile(join(dataDir, 'old-snapshot.bin'), join(dataDir, 'index', 'search-index.bin'));
    await reopen();
    expect(await headlines('new')).toEqual(['New words']);
    expect(await headlines('old')).toEqual([]);
    expect(await headlines('another')).toEqual(['Another draft']);
  });
});

import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIndexSnapshot, writeIndexSnapshot, type IndexedVersion } from '../../../electron/desk/search/index-snapshot';
import { SearchIndex } from '../../../electron/desk/search/search-index';

describe('index snapshot file', () => {
  let folder: string;
  let file: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-snapshot-'));
    file = join(folder, 'search-index.bin');
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function writeSample(): Promise<{ index: SearchIndex; versions: Map<string, IndexedVersion> }> {
    // A small buffer limit: the index has several segments and a buffer when it is written.
    const index = new SearchIndex(8);
    const versions = new Map<string, IndexedVersion>();
    for (let draft = 0; draft < 30; draft += 1) {
      const id = `d${draft % 20}`;
      index.set(id, { title: [`題${draft % 4}`], body: ['共同', `w${draft}`, `v${draft % 3}`], keyword: draft % 2 === 0 ? ['交通'] : [] });
      versions.set(id, { revision: draft, checkedAt: 1000 + draft });
    }
    await writeIndexSnapshot(file, index.contents(), versions);
    return { index, versions };
  }

  it('reads back the same matches, versions and densely renumbered documents', async () => {
    const { index, versions } = await writeSample();
    const snapshot = await readIndexSnapshot(file);
    expect(snapshot).not.toBeNull();
    if (!snapshot) return;
    expect(snapshot.ids).toHaveLength(20);
    expect(snapshot.versions).toEqual(versions);
    const loaded = new SearchIndex();
    loaded.load(snapshot.ids, snapshot.segments);
    for (const [terms, scope] of [[['共同'], 'content'], [['v1'], 'content'], [['w25'], 'content'], [['w3'], 'content'], [['題2'], 'title'], [['交通'], 'keyword'], [['共同', 'v2'], 'content']] as const) {
      const ids = (found: SearchIndex) => found.match([...terms], scope).map((match) => match.id).sort();
      expect(ids(loaded), terms.join(' ')).toEqual(ids(index));
    }
    // w3 belonged to d3's replaced version (draft 3 was saved again as draft 23).
    expect(loaded.match(['w3'], 'content')).toEqual([]);
  });

  it('gives nothing (a slower start, not a crash) for a truncated or garbled file', async () => {
    await writeSample();
    const whole = await readFile(file);
    await truncate(file, Math.floor(whole.length / 2));
    expect(await readIndexSnapshot(file)).toBeNull();
    const garbled = Buffer.from(whole);
    garbled.fill(0x41, 0, Math.floor(garbled.length * 0.8));
    await writeFile(file, garbled);
    expect(await readIndexSnapshot(file)).toBeNull();
    await writeFile(file, Buffer.from([1, 2]));
    expect(await readIndexSnapshot(file)).toBeNull();
    expect(await readIndexSnapshot(join(folder, 'missing.bin'))).toBeNull();
  });

  it('finds any single damaged byte of the index parts (CRC-32), instead of answering wrongly', async () => {
    await writeSample();
    const whole = await readFile(file);
    const dataEnd = whole.length - 4 - whole.readUInt32LE(whole.length - 4);
    for (let at = 0; at < dataEnd; at += 1) {
      const damaged = Buffer.from(whole);
      damaged[at] = (damaged[at] ?? 0) ^ 0x10;
      await writeFile(file, damaged);
      expect(await readIndexSnapshot(file), `byte ${at}`).toBeNull();
    }
  });

  it('checks parts larger than the write buffer too', async () => {
    const index = new SearchIndex();
    const versions = new Map<string, IndexedVersion>();
    for (let draft = 0; draft < 2000; draft += 1) {
      const body = Array.from({ length: 100 }, (_, word) => `term${draft}x${word}`);
      index.set(`d${draft}`, { title: [], body, keyword: [] });
      versions.set(`d${draft}`, { revision: 1, checkedAt: 1 });
    }
    await writeIndexSnapshot(file, index.contents(), versions);
    const whole = await readFile(file);
    expect(whole.length).toBeGreaterThan(2 * 1024 * 1024);
    const snapshot = await readIndexSnapshot(file);
    expect(snapshot?.ids).toHaveLength(2000);
    const loaded = new SearchIndex();
    if (snapshot) loaded.load(snapshot.ids, snapshot.segments);
    expect(loaded.match(['term1999x99'], 'content').map((match) => match.id)).toEqual(['d1999']);

    const dataEnd = whole.length - 4 - whole.readUInt32LE(whole.length - 4);
    for (const at of [17, Math.floor(dataEnd / 3), Math.floor(dataEnd / 2), dataEnd - 10]) {
      const damaged = Buffer.from(whole);
      damaged[at] = (damaged[at] ?? 0) ^ 0x01;
      await writeFile(file, damaged);
      expect(await readIndexSnapshot(file), `byte ${at}`).toBeNull();
    }
  });
});

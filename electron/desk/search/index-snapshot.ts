import { open, readFile, rename, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { isMissingFile } from '../storage/durable-json-file';
import { PostingList } from './posting-list';
import { fields, type Field, type IndexContents } from './search-index';

const version = 2;
// The header's long arrays are checked in place (z.custom keeps them as they are): copying
// hundreds of thousands of entries would double the memory a start needs.
const strings = z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
const numbers = z.custom<number[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'number'));
const optionalStrings = z.custom<(string | null)[]>((value) => Array.isArray(value) && value.every((item) => item === null || typeof item === 'string'));
const fieldSchema = z.object({ terms: strings, sizes: numbers, counts: numbers, lasts: numbers });
const headerSchema = z.object({
  version: z.literal(version),
  ids: optionalStrings,
  revisions: numbers,
  checkedAt: numbers,
  fields: z.object({ title: fieldSchema, body: fieldSchema, keyword: fieldSchema }),
});

/** Which version of a draft the index holds, and when its file was last known to be that one. */
export interface IndexedVersion {
  revision: number;
  /** File-system time (ms): a draft file modified after it is read again. */
  checkedAt: number;
}

export interface IndexSnapshot {
  contents: IndexContents;
  versions: Map<string, IndexedVersion>;
}

/**
 * The whole search index in one file, written when the desk closes (and after a long start-up
 * load) — never on a save — so the next start reads one file instead of one term file per
 * draft. Layout: 4-byte header length, a JSON header (drafts, terms, list sizes), then every
 * posting list's bytes. Derived data: a missing or damaged snapshot just means a slower start.
 */
export async function writeIndexSnapshot(file: string, contents: IndexContents, versions: Map<string, IndexedVersion>): Promise<void> {
  const blobs: Uint8Array[] = [];
  const header: z.infer<typeof headerSchema> = {
    version,
    ids: contents.ids.map((id) => id ?? null),
    revisions: contents.ids.map((id) => (id === undefined ? -1 : (versions.get(id)?.revision ?? -1))),
    checkedAt: contents.ids.map((id) => (id === undefined ? 0 : (versions.get(id)?.checkedAt ?? 0))),
    fields: { title: emptyField(), body: emptyField(), keyword: emptyField() },
  };
  for (const field of fields) {
    const target = header.fields[field];
    for (const [term, list] of contents.fields[field]) {
      const { bytes, length, last } = list.encoded();
      target.terms.push(term);
      target.sizes.push(bytes.length);
      target.counts.push(length);
      target.lasts.push(last);
      blobs.push(bytes);
    }
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(headerBytes.length, 0);
  // Written piece by piece (no second copy of every list in memory), then renamed into place.
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.write(prefix);
    await handle.write(headerBytes);
    for (let start = 0; start < blobs.length; start += 1024) await handle.writev(blobs.slice(start, start + 1024));
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

export async function readIndexSnapshot(file: string): Promise<IndexSnapshot | null> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
  try {
    const headerLength = data.readUInt32LE(0);
    const header = headerSchema.parse(JSON.parse(data.subarray(4, 4 + headerLength).toString('utf8')));
    let offset = 4 + headerLength;
    const contents: IndexContents = { ids: header.ids.map((id) => id ?? undefined), fields: { title: new Map(), body: new Map(), keyword: new Map() } };
    for (const field of fields) {
      const source = header.fields[field];
      const target: Map<string, PostingList> = contents.fields[field as Field];
      source.terms.forEach((term, index) => {
        const size = source.sizes[index] ?? 0;
        if (offset + size > data.length) throw new Error('snapshot is truncated');
        target.set(term, PostingList.fromEncoded(data.subarray(offset, offset + size), source.counts[index] ?? 0, source.lasts[index] ?? -1));
        offset += size;
      });
    }
    const versions = new Map<string, IndexedVersion>();
    header.ids.forEach((id, docNumber) => {
      if (id !== null) versions.set(id, { revision: header.revisions[docNumber] ?? -1, checkedAt: header.checkedAt[docNumber] ?? 0 });
    });
    return { contents, versions };
  } catch {
    return null;
  }
}

function emptyField(): z.infer<typeof fieldSchema> {
  return { terms: [], sizes: [], counts: [], lasts: [] };
}

import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { isMissingFile } from '../storage/durable-json-file';
import { ByteBuilder, GapEncoder, StringJoiner, Uint32Builder } from './growable';
import { fields, type Field, type IndexContents } from './search-index';
import { TermSegment } from './term-segment';

const version = 4;
const chunkBytes = 1 << 20;
const ids = z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
const numbers = z.custom<number[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'number'));
/** Where a part of the file starts, its length, and the CRC-32 of its bytes. */
const section = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]);
type Section = z.infer<typeof section>;
const fieldSchema = z.object({ postings: section, terms: section, termStarts: section, postingStarts: section });
const trailerSchema = z.object({
  version: z.literal(version),
  ids,
  revisions: numbers,
  checkedAt: numbers,
  fields: z.object({ title: fieldSchema, body: fieldSchema, keyword: fieldSchema }),
});
type Trailer = z.infer<typeof trailerSchema>;

/** Which version of a draft the index holds, and when its file was last known to be that one. */
export interface IndexedVersion {
  revision: number;
  /** File-system time (ms): a draft file modified after it is read again. */
  checkedAt: number;
}

export interface IndexSnapshot {
  ids: string[];
  segments: Record<Field, TermSegment>;
  versions: Map<string, IndexedVersion>;
}

/**
 * The whole search index in one file, written when the desk closes (and after a long start-up
 * load) — never on a save — so the next start reads one file instead of one term file per draft.
 * Layout: each field's posting lists, streamed as they are merged; then each field's terms
 * (UTF-8) and two offset arrays; then a JSON trailer saying where each part is and its CRC-32,
 * and the trailer's 4-byte length. Derived data: a missing or damaged snapshot (a torn write, a
 * flipped bit) is found out on reading and just means a slower start.
 * The index must not change while this runs (the catalog writes it with its queue held).
 */
export async function writeIndexSnapshot(file: string, contents: IndexContents, versions: Map<string, IndexedVersion>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    const out = new SectionWriter(handle);
    const trailer: Trailer = {
      version,
      ids: contents.ids,
      revisions: contents.ids.map((id) => versions.get(id)?.revision ?? -1),
      checkedAt: contents.ids.map((id) => versions.get(id)?.checkedAt ?? 0),
      fields: { title: emptyField(), body: emptyField(), keyword: emptyField() },
    };
    for (const field of fields) {
      // Sized once by a first walk over the terms: growing arrays of a million offsets (or sizing
      // them by the sum of the segments, which share many terms) would cost tens of megabytes.
      let termCount = 0;
      const counting = contents.terms(field);
      while (counting.next()) termCount += 1;
      const merged = contents.terms(field);
      const terms = new StringJoiner();
      const termStarts = new Uint32Builder(termCount + 1);
      const postingStarts = new Uint32Builder(termCount + 1);
      const postingsStart = out.position;
      const listBytes = new ByteBuilder();
      const encoder = new GapEncoder(listBytes, contents.renumber);
      termStarts.push(0);
      postingStarts.push(0);
      while (merged.next()) {
        listBytes.reset();
        encoder.start();
        merged.forEachDoc(encoder.visit);
        if (listBytes.length === 0) continue;
        const waiting = out.write(listBytes.view());
        if (waiting) await waiting;
        terms.push(merged.term);
        termStarts.push(terms.length);
        postingStarts.push(out.position - postingsStart);
      }
      const target = trailer.fields[field];
      target.postings = [postingsStart, out.position - postingsStart, out.endSection()];
      target.terms = await out.section(Buffer.from(terms.take(), 'utf8'));
      target.termStarts = await out.section(bytesOf(termStarts.view()));
      target.postingStarts = await out.section(bytesOf(postingStarts.view()));
    }
    const trailerBytes = Buffer.from(JSON.stringify(trailer), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(trailerBytes.length, 0);
    await out.write(trailerBytes);
    await out.write(length);
    await out.flush();
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

export async function readIndexSnapshot(file: string): Promise<IndexSnapshot | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
  try {
    const size = (await handle.stat()).size;
    const trailerLength = Buffer.from(await readBytes(handle, size, size - 4, 4)).readUInt32LE(0);
    const trailerText = Buffer.from(await readBytes(handle, size, size - 4 - trailerLength, trailerLength)).toString('utf8');
    const trailer = trailerSchema.parse(JSON.parse(trailerText));
    if (trailer.revisions.length !== trailer.ids.length || trailer.checkedAt.length !== trailer.ids.length) return null;
    const segments: Record<Field, TermSegment> = {
      title: await readSegment(handle, size, trailer.fields.title),
      body: await readSegment(handle, size, trailer.fields.body),
      keyword: await readSegment(handle, size, trailer.fields.keyword),
    };
    const versions = new Map<string, IndexedVersion>();
    trailer.ids.forEach((id, docNumber) => versions.set(id, { revision: trailer.revisions[docNumber] ?? -1, checkedAt: trailer.checkedAt[docNumber] ?? 0 }));
    return { ids: trailer.ids, segments, versions };
  } catch {
    return null;
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * Buffers small writes into 1 MB chunks and keeps track of the file position and of the CRC-32
 * of the section being written (computed a chunk at a time, not per small write).
 */
class SectionWriter {
  position = 0;
  private readonly handle: FileHandle;
  private readonly chunk = Buffer.alloc(chunkBytes);
  private used = 0;
  /** CRC of the current section's bytes before `chunk[checkedUpTo]`. */
  private crc = 0;
  private checkedUpTo = 0;

  constructor(handle: FileHandle) {
    this.handle = handle;
  }

  /** Copies `bytes` into the chunk; only a full chunk (or a part larger than one) waits for the disk. */
  write(bytes: Uint8Array): Promise<void> | undefined {
    if (this.used + bytes.length <= chunkBytes) {
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
      this.position += bytes.length;
      return undefined;
    }
    return this.writeSlowly(bytes);
  }

  private async writeSlowly(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (bytes.length > chunkBytes) {
      this.crc = crc32(bytes, this.crc);
      await this.handle.write(bytes);
    } else {
      this.chunk.set(bytes, 0);
      this.used = bytes.length;
    }
    this.position += bytes.length;
  }

  /** Ends the section written since the last call (or the start): its CRC-32. */
  endSection(): number {
    const crc = crc32(this.chunk.subarray(this.checkedUpTo, this.used), this.crc);
    this.crc = 0;
    this.checkedUpTo = this.used;
    return crc;
  }

  async section(bytes: Uint8Array): Promise<Section> {
    const start = this.position;
    await this.write(bytes);
    return [start, bytes.length, this.endSection()];
  }

  async flush(): Promise<void> {
    this.crc = crc32(this.chunk.subarray(this.checkedUpTo, this.used), this.crc);
    if (this.used > 0) await this.handle.write(this.chunk, 0, this.used);
    this.used = 0;
    this.checkedUpTo = 0;
  }
}

async function readSegment(handle: FileHandle, size: number, parts: z.infer<typeof fieldSchema>): Promise<TermSegment> {
  const terms = Buffer.from(await readSection(handle, size, parts.terms)).toString('utf8');
  const segment = new TermSegment(
    terms,
    numbersOf(await readSection(handle, size, parts.termStarts)),
    numbersOf(await readSection(handle, size, parts.postingStarts)),
    await readSection(handle, size, parts.postings),
  );
  if (!segment.isConsistent()) throw new Error('snapshot offsets are damaged');
  return segment;
}

/** One part of the file in its own memory, checked against its CRC-32. */
async function readSection(handle: FileHandle, size: number, [start, length, crc]: Section): Promise<Uint8Array> {
  const bytes = await readBytes(handle, size, start, length);
  if (crc32(bytes) !== crc) throw new Error('snapshot bytes are damaged');
  return bytes;
}

/** Bytes of the file in their own memory (so typed-array views need no alignment). */
async function readBytes(handle: FileHandle, size: number, start: number, length: number): Promise<Uint8Array> {
  if (start < 0 || length < 0 || start + length > size) throw new Error('snapshot is truncated');
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
    if (bytesRead === 0) throw new Error('snapshot is truncated');
    done += bytesRead;
  }
  return bytes;
}

// Offsets are stored in this machine's byte order: the snapshot never leaves the data folder.
function bytesOf(numbers: Uint32Array): Uint8Array {
  return new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
}

function numbersOf(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('snapshot offsets are damaged');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function emptyField(): z.infer<typeof fieldSchema> {
  return { postings: [0, 0, 0], terms: [0, 0, 0], termStarts: [0, 0, 0], postingStarts: [0, 0, 0] };
}

import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../storage/durable-json-file';
import { syncRecordSchema } from './sync-record';
import type { SyncRecord } from './sync-record';

const draftIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The sync records of every draft, one file each (`<data>/sync/<draftId>.json`), written
 * atomically and fsynced like the drafts; all held in memory (they are small) once opened.
 */
export class SyncRecordFiles {
  readonly folder: string;
  private readonly records = new Map<string, SyncRecord>();
  private readonly writes = new Map<string, Promise<void>>();
  /** Files that could not be read as a record: moved aside, never deleted. */
  setAside: string[] = [];

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'sync');
  }

  async open(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    for (const name of await readdir(this.folder)) {
      const file = join(this.folder, name);
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        await unlink(file).catch(() => {});
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const parsed = syncRecordSchema.safeParse(parseJson(await readFile(file, 'utf8')));
      if (parsed.success && `${parsed.data.draftId}.json` === name) {
        this.records.set(parsed.data.draftId, parsed.data);
        continue;
      }
      await rename(file, `${file}.unreadable`);
      this.setAside.push(`${file}.unreadable`);
    }
  }

  get(draftId: string): SyncRecord | undefined {
    return this.records.get(draftId);
  }

  all(): SyncRecord[] {
    return [...this.records.values()];
  }

  /** Keeps the record and writes it; writes of one draft are chained so the last one wins. */
  async put(record: SyncRecord): Promise<void> {
    if (!draftIdPattern.test(record.draftId)) throw new Error(`Not a draft id: ${record.draftId}`);
    const parsed = syncRecordSchema.parse(record);
    this.records.set(parsed.draftId, parsed);
    const previous = this.writes.get(parsed.draftId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => writeFileDurably(join(this.folder, `${parsed.draftId}.json`), JSON.stringify(parsed)));
    this.writes.set(parsed.draftId, next);
    try {
      await next;
    } finally {
      if (this.writes.get(parsed.draftId) === next) this.writes.delete(parsed.draftId);
    }
  }

  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes.values()].map((write) => write.catch(() => {})));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import { open, readFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { articleStatusSchema, languageSchema } from '../../../shared/article';
import { isMissingFile, writeFileDurably } from '../storage/durable-json-file';

export const draftRecordSchema = z.object({
  id: z.string(),
  headline: z.string(),
  language: languageSchema,
  status: articleStatusSchema,
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  tags: z.array(z.string()),
  topics: z.array(z.string()),
  /** The start of the text, shown under the headline in the list without opening the file. */
  excerpt: z.string().default(''),
  trashedAt: z.string().nullable(),
});
/** What the drafts list and search need to know about a draft without opening its file. */
export type DraftRecord = z.infer<typeof draftRecordSchema>;

const removedSchema = z.object({ id: z.string(), removed: z.literal(true) });
const lineSchema = z.union([draftRecordSchema, removedSchema]);

/**
 * The small index of all drafts: an append-only journal of one JSON line per change, so saving
 * a draft appends one line whatever the number of drafts. It is read once at start (last line
 * per draft wins) and rewritten compactly then if it has grown. It is derived data — the draft
 * files are the truth — so a lost or torn last line is repaired by re-reading that draft.
 */
export class DraftJournal {
  readonly filename: string;
  private handle: FileHandle | null = null;
  private appending: Promise<void> = Promise.resolve();
  // A crash can leave a torn last line without its newline; the next line must not join it.
  private startWithNewline = false;

  constructor(filename: string) {
    this.filename = filename;
  }

  async load(): Promise<Map<string, DraftRecord>> {
    const records = new Map<string, DraftRecord>();
    let text = '';
    try {
      text = await readFile(this.filename, 'utf8');
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    this.startWithNewline = text !== '' && !text.endsWith('\n');
    let lines = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      lines += 1;
      const parsed = safeParseLine(line);
      if (!parsed) continue;
      if ('removed' in parsed) records.delete(parsed.id);
      else records.set(parsed.id, parsed);
    }
    if (lines > records.size * 2 + 200) await this.rewrite(records);
    return records;
  }

  async rewrite(records: Map<string, DraftRecord>): Promise<void> {
    await this.close();
    const text = [...records.values()].map((record) => `${JSON.stringify(record)}\n`).join('');
    await writeFileDurably(this.filename, text);
    this.startWithNewline = false;
  }

  append(line: DraftRecord | { id: string; removed: true }): Promise<void> {
    const next = this.appending.then(async () => {
      this.handle ??= await open(this.filename, 'a', 0o600);
      const prefix = this.startWithNewline ? '\n' : '';
      this.startWithNewline = false;
      await this.handle.appendFile(`${prefix}${JSON.stringify(line)}\n`, 'utf8');
    });
    this.appending = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.appending;
    const handle = this.handle;
    this.handle = null;
    if (handle) {
      await handle.sync().catch(() => {});
      await handle.close();
    }
  }
}

function safeParseLine(line: string): z.infer<typeof lineSchema> | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isMissingFile, writeFileAtomically } from '../storage/durable-json-file';

const cursorSchema = z.object({ serverUrl: z.string(), userId: z.string(), lastSeq: z.number().int().nonnegative() }).strict();
export type EventCursorValue = z.infer<typeof cursorSchema>;

/**
 * The id of the last newsroom event this desk took in (`<data>/newsroom-events.json`), per
 * newsroom and person: after a restart, or a day offline, the stream resumes from it and the
 * desk hears of everything it missed, once. Another newsroom or person starts afresh.
 */
export class EventCursor {
  private readonly file: string;
  private value: EventCursorValue | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = join(dataDir, 'newsroom-events.json');
  }

  async open(): Promise<void> {
    try {
      const parsed = cursorSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      this.value = parsed.success ? parsed.data : null;
    } catch (error) {
      // Missing or unreadable: the stream starts from now (the notifications list still has the past).
      if (!isMissingFile(error) && !(error instanceof SyntaxError)) throw error;
      this.value = null;
    }
  }

  /** The last seq taken in for this newsroom and person, or null when there is none. */
  lastSeq(serverUrl: string, userId: string): number | null {
    return this.value && this.value.serverUrl === serverUrl && this.value.userId === userId ? this.value.lastSeq : null;
  }

  /** Remembers `lastSeq`; writes are queued so the file always ends with the newest. */
  remember(next: EventCursorValue): Promise<void> {
    this.value = next;
    const text = `${JSON.stringify(next)}\n`;
    this.writing = this.writing.then(() => writeFileAtomically(this.file, text)).catch(() => {});
    return this.writing;
  }

  /** Waits for the last write (the desk closing). */
  flushed(): Promise<void> {
    return this.writing;
  }
}

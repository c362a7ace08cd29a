import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter whose writes survive a crash or power loss: the JSON goes to a temporary file
 * beside the target, is fsynced, renamed over the target, and the folder is fsynced so the
 * rename itself is durable. A reader therefore sees the old file or the new one, never half.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly filename: string;

  constructor(filename: string) {
    this.filename = filename;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filename, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.filename, JSON.stringify(data));
  }
}

let temporaryCounter = 0;

export async function writeFileDurably(filename: string, text: string): Promise<void> {
  const folder = dirname(filename);
  temporaryCounter += 1;
  const temporary = join(folder, `.${basename(filename)}.${process.pid}.${temporaryCounter}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, filename);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

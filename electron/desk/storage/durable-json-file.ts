import { open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { canSyncFolder } from './can-sync-folder';

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

function temporaryName(filename: string): string {
  temporaryCounter += 1;
  return join(dirname(filename), `.${basename(filename)}.${process.pid}.${temporaryCounter}.tmp`);
}

export async function writeFileDurably(filename: string, text: string | Uint8Array): Promise<void> {
  const folder = dirname(filename);
  const temporary = temporaryName(filename);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
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

/**
 * Atomic but not fsynced: for derived files (the search index) that are rebuilt from the drafts
 * when missing or stale, where a lost write costs a re-index, never text.
 */
export async function writeFileAtomically(filename: string, text: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(filename);
  try {
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, filename);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** Makes a rename in `folder` durable; a no-op where the system cannot sync a folder (Windows). */
export async function syncFolder(folder: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  if (!canSyncFolder(platform)) return;
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

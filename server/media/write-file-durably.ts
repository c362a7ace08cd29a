import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

let temporaryCounter = 0;

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes under a temporary name, fsyncs, renames over the target and fsyncs the folder: a reader
 * sees the old file or the new one, never half of one, and after a power cut the new one holds
 * the bytes that were acknowledged.
 */
export async function writeFileDurably(filename: string, bytes: Uint8Array | string): Promise<void> {
  temporaryCounter += 1;
  const temporary = `${filename}.${process.pid}.${temporaryCounter}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filename);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(filename));
}

import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './durable-json-file';

/**
 * fsyncs every file directly in `folder`, then the folder itself: for a folder of new files that
 * is about to be renamed into place, so after a power cut the rename never points at files whose
 * bytes never reached the disk.
 */
export async function syncFolderFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const handle = await open(join(folder, entry.name), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await syncFolder(folder);
}

import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { MediaStorage, StoredObject } from './media-storage';
import { writeFileDurably } from './write-file-durably';

const keyPattern = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Objects as files under one folder; the content type rides in a sidecar so reads need no DB. */
export function localMediaStorage(folder: string): MediaStorage {
  const root = resolve(folder);
  function pathOf(key: string): string {
    const path = resolve(join(root, key));
    // Keys come from our own ids, but a path must never leave the media folder.
    if (!keyPattern.test(key) || !path.startsWith(root + sep)) throw new Error(`Invalid media key: ${key}`);
    return path;
  }
  return {
    async put(key, bytes, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // The content type first: a reader finds the bytes only once their sidecar is complete.
      // Both are written durably (temporary file, fsync, rename, folder fsync), never in place.
      await writeFileDurably(`${path}.type`, contentType);
      await writeFileDurably(path, bytes);
    },
    async get(key): Promise<StoredObject | null> {
      const path = pathOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(path), readFile(`${path}.type`, 'utf8')]);
        return { bytes, contentType };
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}.type`, { force: true });
    },
  };
}

import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { StaticSiteStorage } from './static-site-storage';

let temporaryCounter = 0;

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * The static root as a folder. Each write goes to a temporary file in the same folder and is
 * renamed over the target, so nginx never serves half a page. No fsync: after a power cut the
 * database still holds every page and `export-site` rewrites the folder.
 */
export function folderStaticStorage(folder: string): StaticSiteStorage {
  const root = resolve(folder);
  function pathOf(path: string): string {
    const full = resolve(join(root, path));
    if (!full.startsWith(root + sep)) throw new Error(`Refusing a static path outside the root: ${path}`);
    return full;
  }
  async function read(path: string): Promise<Buffer | null> {
    try {
      return await readFile(pathOf(path));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  return {
    read,
    async write(path, bytes) {
      const existing = await read(path);
      if (existing !== null && existing.equals(bytes)) return false;
      const target = pathOf(path);
      await mkdir(dirname(target), { recursive: true });
      temporaryCounter += 1;
      // A dot name: nginx's config refuses dot files, so a temporary file is never served.
      const temporary = join(dirname(target), `.${process.pid}.${temporaryCounter}.tmp`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => {});
        throw error;
      }
      return true;
    },
    async remove(path) {
      try {
        await unlink(pathOf(path));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async list() {
      try {
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        return entries
          .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .sort();
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
  };
}

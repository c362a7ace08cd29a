import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ServerError } from '../../http/server-error';
import { gzipCopy, gzipSiblingPath, hasGzipSibling, isCopyOf, isSiblingOf } from './gzip-siblings';
import type { StaticSiteStorage } from './static-site-storage';

let temporaryCounter = 0;

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Writes the temporary file, making its folder first when it is not there yet. */
function writeTemporary(temporary: string, bytes: Buffer): void {
  try {
    writeFileSync(temporary, bytes);
  } catch (error) {
    if (!isMissing(error)) throw error;
    mkdirSync(dirname(temporary), { recursive: true });
    writeFileSync(temporary, bytes);
  }
}

const kernelFileSystems = ['/proc', '/sys'];

/** Puts `bytes` at `target` through a temporary file in the same folder and a rename (atomic for a reader). */
function replaceFile(target: string, bytes: Buffer): void {
  temporaryCounter += 1;
  // A dot name: nginx's config refuses dot files, so a temporary file is never served.
  const temporary = join(dirname(target), `.${process.pid}.${temporaryCounter}.tmp`);
  try {
    writeTemporary(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was left behind.
    }
    throw error;
  }
}

/** False when there was nothing to remove. */
function removeFile(target: string): boolean {
  try {
    unlinkSync(target);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Makes the root if it is not there and proves it can be written (a dot file, written and
 * removed), so a wrong COPYDESK_STATIC_ROOT stops `export-site` and the server's start with
 * words an operator can act on instead of failing at the first publish.
 */
export function checkStaticRoot(folder: string): void {
  const root = resolve(folder);
  // The kernel's own file systems hold no files of ours, and Node's recursive mkdir under /proc
  // never returns (it spins on EEXIST/ENOENT), so they are refused before anything is tried.
  const kernel = kernelFileSystems.find((mount) => root === mount || root.startsWith(`${mount}/`));
  if (kernel !== undefined) throw new ServerError(400, 'bad_request', `The static root ${root} is inside ${kernel}, a kernel file system that cannot hold files. Set COPYDESK_STATIC_ROOT (or --root) to a folder this user can create and write.`);
  const probe = join(root, `.copydesk-write-check-${process.pid}`);
  try {
    mkdirSync(root, { recursive: true });
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ServerError(400, 'bad_request', `The static root ${root} cannot be written (${code}). Set COPYDESK_STATIC_ROOT (or --root) to a folder this user can create and write.`);
  }
}

/**
 * The static root as a folder. Each write goes to a temporary file in the same folder and is
 * renamed over the target, so nginx never serves half a page. No fsync: after a power cut the
 * database still holds every page and `export-site` rewrites the folder.
 *
 * Reads, writes and renames are synchronous: the files are pages of a few to a hundred KB on
 * a local disk, where one call takes tens of microseconds, while the promise API's four
 * thread-pool round trips per read (open, stat, read, close) were a third of a publish's export.
 *
 * Every text file has a gzipped copy beside it (`page.html` → `page.html.gz`), so nginx answers
 * a browser's `Accept-Encoding: gzip` with a file (gzip_static) instead of compressing the page
 * again for every reader: on-the-fly gzip served the article page at 0.41× the bare file's rate.
 * The copy is replaced first, so once a page's new bytes are in place its copy is too; when a
 * page is unchanged its copy is checked (missing in a root an older version wrote, stale after a
 * crash between the two renames). `list` leaves out the copies of files that are there, so the
 * full export's clean-up removes a copy only when its file has gone.
 */
export function folderStaticStorage(folder: string): StaticSiteStorage {
  const root = resolve(folder);
  function pathOf(path: string): string {
    const full = resolve(join(root, path));
    if (!full.startsWith(root + sep)) throw new Error(`Refusing a static path outside the root: ${path}`);
    return full;
  }
  function readNow(path: string): Buffer | null {
    try {
      return readFileSync(pathOf(path));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  return {
    async read(path) {
      return readNow(path);
    },
    async write(path, bytes) {
      const existing = readNow(path);
      const unchanged = existing !== null && existing.equals(bytes);
      // The copy first; an unchanged page's copy only when it is missing or not of these bytes.
      if (hasGzipSibling(path) && !(unchanged && isCopyOf(readNow(gzipSiblingPath(path)), bytes))) replaceFile(pathOf(gzipSiblingPath(path)), gzipCopy(bytes));
      if (unchanged) return false;
      replaceFile(pathOf(path), bytes);
      return true;
    },
    async remove(path) {
      const removed = removeFile(pathOf(path));
      if (hasGzipSibling(path)) removeFile(pathOf(gzipSiblingPath(path)));
      return removed;
    },
    async list() {
      try {
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const present = new Set(files);
        return files.filter((path) => !isSiblingOf(path, present)).sort();
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
  };
}

import { promisify } from 'node:util';
import { constants, gunzipSync, gzip } from 'node:zlib';
import { goneFolder } from './static-file-path';
import type { StaticSiteStorage } from './static-site-storage';

const compress = promisify(gzip);

/** Text files a browser asks for gzipped; images are compressed already. */
const compressedExtensions = ['.html', '.json', '.xml', '.txt', '.css', '.svg', '.webmanifest'];

/** The precompressed copy nginx's gzip_static serves in place of `path` to a client that accepts gzip. */
export function gzipSiblingPath(path: string): string {
  return `${path}.gz`;
}

/** Whether `path` gets a gzip sibling: the site's text files, not the 410 list (rarely read, answered uncompressed). */
export function hasGzipSibling(path: string): boolean {
  return !path.startsWith(`${goneFolder}/`) && compressedExtensions.some((extension) => path.endsWith(extension));
}

function sameContent(compressed: Buffer | null, bytes: Buffer): boolean {
  if (compressed === null) return false;
  try {
    return gunzipSync(compressed).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Keeps a gzipped copy beside every text file of the root (`page.html` → `page.html.gz`), so
 * nginx answers a browser's `Accept-Encoding: gzip` with a file (gzip_static) instead of
 * compressing the page again for every reader: on-the-fly gzip served the article page at 0.41×
 * the rate of the uncompressed file. The copy is written first, so when a page's new bytes are
 * in place its compressed copy is too, and when a page is unchanged its copy is checked (it may
 * be missing, from a root an older version wrote, or stale, after a crash between the two
 * writes). Level 9, once per change, on the thread pool while the exporter renders the next
 * address. `list` hides the copies of files that are there, so the full export's clean-up
 * removes a copy only when its file has gone.
 */
export function withGzipSiblings(inner: StaticSiteStorage): StaticSiteStorage {
  async function writeSibling(path: string, bytes: Buffer): Promise<void> {
    await inner.write(gzipSiblingPath(path), await compress(bytes, { level: constants.Z_BEST_COMPRESSION }));
  }
  return {
    read: (path) => inner.read(path),
    async write(path, bytes) {
      if (!hasGzipSibling(path)) return inner.write(path, bytes);
      const existing = await inner.read(path);
      if (existing !== null && existing.equals(bytes)) {
        if (!sameContent(await inner.read(gzipSiblingPath(path)), bytes)) await writeSibling(path, bytes);
        return false;
      }
      await writeSibling(path, bytes);
      return inner.write(path, bytes);
    },
    async remove(path) {
      const removed = await inner.remove(path);
      if (hasGzipSibling(path)) await inner.remove(gzipSiblingPath(path));
      return removed;
    },
    async list() {
      const paths = await inner.list();
      const present = new Set(paths);
      return paths.filter((path) => !(path.endsWith('.gz') && present.has(path.slice(0, -'.gz'.length)) && hasGzipSibling(path.slice(0, -'.gz'.length))));
    },
  };
}

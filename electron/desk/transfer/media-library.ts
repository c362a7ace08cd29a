import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ulid } from 'ulid';
import { writeFileDurably } from '../storage/durable-json-file';
import { toDiskError } from '../storage/disk-error';

export interface ImageBytes {
  bytes: Uint8Array;
  mimeType: string;
}

/** Where the images of drafts live: read to export a draft, written when one is imported. */
export interface MediaLibrary {
  read(src: string): Promise<ImageBytes | null>;
  add(image: ImageBytes): Promise<{ mediaId: string; src: string }>;
}

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/tiff': 'tif',
};
const mimeTypes = Object.fromEntries(Object.entries(extensions).map(([mime, extension]) => [extension, mime]));

/**
 * The data folder's `media/` folder, which the app serves as `media/<path>` (web mode) and
 * `app://copydesk/media/<path>` (desktop). Only paths inside it are ever read.
 */
export class FolderMediaLibrary implements MediaLibrary {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = resolve(dataDir, 'media');
  }

  async read(src: string): Promise<ImageBytes | null> {
    const match = /^(?:app:\/\/copydesk\/|\/)?media\/(.+)$/.exec(src);
    if (!match?.[1]) return null;
    const file = resolve(this.folder, decodeURIComponent(match[1]));
    const inside = relative(this.folder, file);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return null;
    const extension = file.split('.').pop()?.toLowerCase() ?? '';
    const mimeType = mimeTypes[extension === 'jpeg' ? 'jpg' : extension];
    if (!mimeType) return null;
    try {
      return { bytes: await readFile(file), mimeType };
    } catch {
      return null;
    }
  }

  async add(image: ImageBytes): Promise<{ mediaId: string; src: string }> {
    const extension = extensions[image.mimeType];
    if (!extension) throw new Error(`unsupported image type ${image.mimeType}`);
    const mediaId = `m_${ulid()}`;
    const name = `original.${extension}`;
    try {
      await mkdir(join(this.folder, mediaId), { recursive: true });
      await writeFileDurably(join(this.folder, mediaId, name), image.bytes);
    } catch (error) {
      throw toDiskError(error, 'the imported image');
    }
    return { mediaId, src: `media/${mediaId}/${name}` };
  }
}

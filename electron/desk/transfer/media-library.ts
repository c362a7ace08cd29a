import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { MediaIntake } from '../media/media-intake';

export interface ImageBytes {
  bytes: Uint8Array;
  mimeType: string;
}

/** Where a taken-in image now lives, and the caption and credit found in its IPTC data ('' if none). */
export interface StoredImage {
  mediaId: string;
  src: string;
  caption: string;
  credit: string;
}

/** Where the images of drafts live: read to export a draft, written when one is imported. */
export interface MediaLibrary {
  read(src: string): Promise<ImageBytes | null>;
  /**
   * Takes in an image found in an imported file, as the photo picker would (limits, renditions);
   * a DeskError when it is not one the desk can take (type, size, damage).
   */
  add(image: ImageBytes, name: string): Promise<StoredImage>;
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
  private readonly intake: MediaIntake;

  constructor(intake: MediaIntake) {
    this.folder = resolve(intake.folder);
    this.intake = intake;
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

  async add(image: ImageBytes, name: string): Promise<StoredImage> {
    const imported = await this.intake.importImage(name, image.bytes);
    return { mediaId: imported.mediaId, src: imported.src, caption: imported.caption, credit: imported.credit };
  }
}

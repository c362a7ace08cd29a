import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from 'sharp';
import { ulid } from 'ulid';
import type { ImportedMedia } from '../../../shared/desk-api-media';
import { limits } from '../../../shared/limits';
import { imageExtension, sniffImageType, type ImageMimeType } from '../../../shared/media/sniff-image-type';
import { DeskError } from '../../../shared/result';
import { toDiskError } from '../storage/disk-error';
import { isMissingFile, syncFolder } from '../storage/durable-json-file';
import { syncFolderFiles } from '../storage/sync-folder-files';
import { loadSharp } from './load-sharp';
import { makeRenditions } from './make-renditions';
import { readImageCredits } from './read-image-credits';

export interface MediaIntakeOptions {
  maxBytes?: number;
  maxPixels?: number;
  newMediaId?: () => string;
}

const sharpFormats: Record<ImageMimeType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function clip(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/**
 * The desk's photo intake: a file is accepted by what its bytes are (never its name), within a
 * size and a pixel limit read from the header before anything is decoded, then stored as
 * `<data>/media/<mediaId>/original.<ext>` with WebP renditions beside it. A refused file leaves
 * no trace: work happens in a hidden folder that is renamed into place only when complete.
 */
export class MediaIntake {
  readonly folder: string;
  private readonly maxBytes: number;
  private readonly maxPixels: number;
  private readonly newMediaId: () => string;

  constructor(dataDir: string, options: MediaIntakeOptions = {}) {
    this.folder = join(dataDir, 'media');
    this.maxBytes = options.maxBytes ?? limits.imageBytesMax;
    this.maxPixels = options.maxPixels ?? limits.imagePixelsMax;
    this.newMediaId = options.newMediaId ?? (() => `m_${ulid()}`);
  }

  /**
   * Removes the work folders of imports a crash interrupted (`.incoming-*`): they were never
   * renamed into place, so no draft points at them. Called at start, under the data-folder lock,
   * so no import of another process can be running.
   */
  async sweepInterruptedImports(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    const leftovers = names.filter((name) => name.startsWith('.incoming-'));
    for (const name of leftovers) await rm(join(this.folder, name), { recursive: true, force: true });
    return leftovers;
  }

  async importImage(fileName: string, bytes: Uint8Array): Promise<ImportedMedia> {
    const name = fileName.trim() === '' ? 'The file' : `“${fileName.slice(0, 120)}”`;
    if (bytes.length > this.maxBytes) {
      throw new DeskError('too_large', `${name} is ${megabytes(bytes.length)}; images may be at most ${megabytes(this.maxBytes)}. Export a smaller JPEG and try again.`);
    }
    const mimeType = sniffImageType(bytes);
    if (mimeType === null) {
      throw new DeskError('unsupported_media', `${name} is not a JPEG, PNG, WebP or GIF image. Save it in one of those formats and try again.`);
    }
    const header = await this.readHeader(bytes, mimeType, name);
    const mediaId = this.newMediaId();
    const finalFolder = join(this.folder, mediaId);
    const workFolder = join(this.folder, `.incoming-${mediaId}`);
    const srcPrefix = `media/${mediaId}/`;
    try {
      await mkdir(workFolder, { recursive: true });
      await writeFile(join(workFolder, `original.${imageExtension(mimeType)}`), bytes);
      const renditions = await makeRenditions(bytes, header.width, workFolder, srcPrefix, this.maxPixels);
      const credits = await readImageCredits(bytes, header.iptc);
      const largest = renditions[0];
      if (largest === undefined) throw new DeskError('unsupported_media', `${name} could not be converted for the web.`);
      const imported: ImportedMedia = {
        mediaId,
        src: largest.src,
        width: header.width,
        height: header.height,
        mimeType,
        caption: clip(credits.caption, limits.captionMax),
        credit: clip(credits.credit, limits.creditMax),
        byline: clip(credits.byline, limits.bylineMax),
        copyright: clip(credits.copyright, limits.creditMax),
        renditions,
      };
      await writeFile(join(workFolder, 'media.json'), JSON.stringify({ ...imported, fileName: fileName.slice(0, 255) }, null, 2));
      // Bytes first, then the rename, then the media folder: a power cut leaves either no item
      // or a whole one, never a folder of empty files that a draft already points at.
      await syncFolderFiles(workFolder);
      await rename(workFolder, finalFolder);
      await syncFolder(this.folder);
      return imported;
    } catch (error) {
      await rm(workFolder, { recursive: true, force: true });
      if (error instanceof DeskError) throw error;
      // A full disk or a read-only folder is said as such (and stops an import); only a failure
      // to decode means the image itself is at fault.
      if (isSystemError(error)) throw toDiskError(error, name === 'The file' ? 'the image' : `the image ${name}`);
      throw new DeskError('unsupported_media', `${name} could not be read as an image; it may be damaged. Export it again and retry.`);
    }
  }

  /** Dimensions from the header only: a 50,000 × 50,000 "bomb" is refused before any pixel is decoded. */
  private async readHeader(bytes: Uint8Array, mimeType: ImageMimeType, name: string) {
    let metadata: Metadata;
    try {
      const sharp = await loadSharp();
      metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      throw new DeskError('unsupported_media', `${name} looks like an image but its header is damaged. Export it again and retry.`);
    }
    const { width, height } = metadata.autoOrient ?? metadata;
    if (metadata.format !== sharpFormats[mimeType] || width === undefined || height === undefined || width < 1 || height < 1) {
      throw new DeskError('unsupported_media', `${name} could not be read as an image; it may be damaged. Export it again and retry.`);
    }
    if (width * height > this.maxPixels) {
      throw new DeskError(
        'too_large',
        `${name} is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels; images may have at most ${(this.maxPixels / 1_000_000).toFixed(0)} megapixels. Resize it and try again.`,
      );
    }
    return { width, height, iptc: metadata.iptc };
  }
}

/** An error from the file system (it has an errno code such as ENOSPC); sharp's decode errors do not. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code);
}

import sharp from 'sharp';
import { ulid } from 'ulid';
import { limits } from '../../shared/limits';
import { sniffImageType } from '../../shared/media/sniff-image-type';
import { renditionNames } from '../../shared/server-api';
import type { MediaResponse, RenditionName, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { ServerError } from '../http/server-error';
import { presentMedia } from './present-media';
import type { StoredRendition } from './present-media';
import { readIptc } from './read-iptc';

const longestSide: Record<RenditionName, number> = { large: 2048, medium: 1024, thumb: 320 };

/**
 * Makes the public renditions. sharp writes no metadata unless asked, so EXIF (camera serials,
 * GPS position) never reaches a public file; `rotate()` applies the EXIF orientation first so
 * the picture still stands the right way up.
 */
async function makeRendition(bytes: Buffer, name: RenditionName, keepAlpha: boolean) {
  const pipeline = sharp(bytes, { limitInputPixels: limits.imagePixelsMax, animated: false })
    .rotate()
    .resize({ width: longestSide[name], height: longestSide[name], fit: 'inside', withoutEnlargement: true });
  const encoded = keepAlpha ? pipeline.webp({ quality: 82 }) : pipeline.jpeg({ quality: 82, progressive: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, contentType: keepAlpha ? 'image/webp' : 'image/jpeg' };
}

export async function ingestImage(context: DeskContext, user: SessionUser, upload: { bytes: Buffer; filename: string }): Promise<MediaResponse> {
  const { bytes } = upload;
  const type = sniffImageType(bytes);
  if (!type) throw new ServerError(415, 'unsupported_media', 'This file is not a JPEG, PNG, WebP or GIF image.');
  if (bytes.length > limits.imageBytesMax) throw new ServerError(413, 'too_large', `Images may be at most ${limits.imageBytesMax / 1024 / 1024} MB.`);

  let width: number;
  let height: number;
  let hasAlpha: boolean;
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = metadata.autoOrient?.width ?? metadata.width;
    height = metadata.autoOrient?.height ?? metadata.height;
    hasAlpha = metadata.hasAlpha;
  } catch {
    throw new ServerError(415, 'unsupported_media', 'The image could not be read; it may be damaged. Export it again and retry.');
  }
  if (width * height > limits.imagePixelsMax) {
    throw new ServerError(413, 'too_large', `The image is ${width}×${height} pixels; the limit is ${limits.imagePixelsMax / 1_000_000} megapixels.`);
  }

  const id = ulid();
  const iptc = await readIptc(bytes);
  const renditions: Partial<Record<RenditionName, StoredRendition>> = {};
  try {
    for (const name of renditionNames) {
      const made = await makeRendition(bytes, name, type !== 'image/jpeg' && hasAlpha);
      const key = `${id}/${name}`;
      await context.media.put(key, made.data, made.contentType);
      renditions[name] = { key, width: made.width, height: made.height, contentType: made.contentType, byteSize: made.data.length };
    }
  } catch (error) {
    await Promise.all(renditionNames.map((name) => context.media.delete(`${id}/${name}`)));
    if (error instanceof ServerError) throw error;
    throw new ServerError(415, 'unsupported_media', 'The image could not be converted; it may be damaged. Export it again and retry.');
  }

  const row = {
    id,
    uploaded_by: user.id,
    created_at: context.now().toISOString(),
    original_name: upload.filename.slice(0, 300),
    source_type: type,
    width,
    height,
    byte_size: bytes.length,
    caption: iptc.caption.slice(0, limits.captionMax),
    credit: iptc.credit.slice(0, limits.creditMax),
    byline: iptc.byline.slice(0, limits.bylineMax),
    copyright: iptc.copyright.slice(0, limits.creditMax),
    renditions: JSON.stringify(renditions),
  };
  await context.db.insertInto('media').values(row).execute();
  return presentMedia(row);
}

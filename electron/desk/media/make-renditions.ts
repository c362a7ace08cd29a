import { join } from 'node:path';
import { loadSharp } from './load-sharp';
import type { Rendition } from '../../../shared/desk-api-media';
import { limits } from '../../../shared/limits';
import { renditionPlan } from '../../../shared/media/rendition-plan';

/**
 * WebP renditions at the planned widths, rotated upright by their EXIF orientation and stripped
 * of metadata (no GPS position leaves the desk). The photo is decoded once, to the largest
 * rendition's size in sRGB pixels; the smaller ones are made from those pixels, not from the
 * full-size original again. `folder` is the media item's own folder; `srcPrefix` is how the
 * app addresses it (`media/<mediaId>/`).
 */
export async function makeRenditions(
  bytes: Uint8Array,
  uprightWidth: number,
  folder: string,
  srcPrefix: string,
  maxPixels: number = limits.imagePixelsMax,
): Promise<Rendition[]> {
  const [largest] = renditionPlan(uprightWidth);
  if (largest === undefined) return [];
  const sharp = await loadSharp();
  const pixels = await sharp(bytes, { limitInputPixels: maxPixels })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: pixels.info.width, height: pixels.info.height, channels: pixels.info.channels };
  const renditions: Rendition[] = [];
  for (const width of renditionPlan(raw.width)) {
    const name = `${width}.webp`;
    const info = await sharp(pixels.data, { raw })
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toFile(join(folder, name));
    renditions.push({ width: info.width, height: info.height, src: `${srcPrefix}${name}`, bytes: info.size });
  }
  return renditions;
}

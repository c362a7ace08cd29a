import { renditionPlan } from '../media/rendition-plan';

const renditionPath = /^media\/([A-Za-z0-9_-]{1,100})\/([1-9][0-9]{0,4})\.webp$/;

/**
 * The desk's intake names renditions by width and makes them by a fixed plan, so the largest
 * one (`media/<id>/1600.webp`) tells which others exist. Readers on phones then load the 800 or
 * 320 px file instead of the 1600 px one. Any other address gets no srcset.
 */
export function renditionSrcset(src: string, mediaBase: string): string | null {
  const match = renditionPath.exec(src.trim());
  if (match === null) return null;
  const [, mediaId, width] = match;
  const widths = renditionPlan(Number(width));
  if (widths.length < 2) return null;
  return widths.map((each) => `${mediaBase}media/${mediaId}/${each}.webp ${each}w`).join(', ');
}

/** The article column is at most 46rem wide (article-page-style.ts). */
export const figureSizes = '(max-width: 46rem) 100vw, 46rem';

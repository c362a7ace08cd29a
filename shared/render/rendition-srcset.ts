import { renditionPlan } from '../media/rendition-plan';

const renditionPath = /^media\/([A-Za-z0-9_-]{1,100})\/([1-9][0-9]{0,4})\.webp$/;

/**
 * The desk's intake names renditions by width and makes them by a fixed plan, so the largest
 * one (`media/<id>/1600.webp`) tells which others exist. Readers on phones then load the 800 or
 * 320 px file instead of the 1600 px one. Any other address gets no srcset.
 */
export function renditionSrcset(src: string, mediaBase: string): string | null {
  const renditions = intakeRenditions(src);
  if (renditions === null || renditions.widths.length < 2) return null;
  return renditions.widths.map((each) => `${mediaBase}media/${renditions.mediaId}/${each}.webp ${each}w`).join(', ');
}

/** The media id and every rendition width behind an intake rendition path, largest first. */
export function intakeRenditions(src: string): { mediaId: string; widths: number[] } | null {
  const match = renditionPath.exec(src.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { mediaId: match[1], widths: renditionPlan(Number(match[2])) };
}

/** The article column is at most 46rem wide (article-page-style.ts). */
export const figureSizes = '(max-width: 46rem) 100vw, 46rem';

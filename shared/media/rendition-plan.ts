/** Widths the public page and the desk display: large screens, phones and thumbnails. */
export const renditionWidths = [1600, 800, 320] as const;

/**
 * The widths to make for an image `originalWidth` px wide, largest first. Never upscaled: a
 * narrower image gets a rendition at its own width plus every standard width below it.
 */
export function renditionPlan(originalWidth: number): number[] {
  if (!Number.isInteger(originalWidth) || originalWidth < 1) return [];
  const below = renditionWidths.filter((width) => width < originalWidth);
  if (originalWidth >= renditionWidths[0]) return [...renditionWidths];
  return [originalWidth, ...below];
}

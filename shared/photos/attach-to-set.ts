import type { ImageRef } from '../article';
import type { PhotoSet, PhotoTarget, UploadedImage } from '../desk-api-photos';


/** The new picture in an image's place: the file's caption and credit when it has them, else what the place had. */
function inPlaceOf(previous: ImageRef | null | undefined, uploaded: UploadedImage): ImageRef {
  return {
    mediaId: uploaded.mediaId,
    src: uploaded.src,
    caption: uploaded.caption !== '' ? uploaded.caption : (previous?.caption ?? ''),
    credit: uploaded.credit !== '' ? uploaded.credit : (previous?.credit ?? ''),
    alt: previous?.alt ?? '',
    ...(uploaded.width > 0 ? { width: uploaded.width } : {}),
    ...(uploaded.height > 0 ? { height: uploaded.height } : {}),
  };
}

/** Figures carry no size attributes: the public site reads sizes from the media itself. */
function asFigure({ mediaId, src, caption, credit, alt }: ImageRef): ImageRef {
  return { mediaId, src, caption, credit, alt };
}

/**
 * The photo set with the uploaded images put where the person asked. One file goes in the place
 * (lead image or a figure); any further files chosen with it are added as new figures, so no
 * chosen photo is dropped.
 */
export function attachToSet(images: PhotoSet, target: PhotoTarget, uploaded: readonly UploadedImage[]): PhotoSet {
  const [first, ...rest] = uploaded;
  if (!first) return images;
  if (target.kind === 'addFigures') {
    return { ...images, figures: [...images.figures, ...uploaded.map((image) => asFigure(inPlaceOf(null, image)))] };
  }
  const extra = rest.map((image) => asFigure(inPlaceOf(null, image)));
  if (target.kind === 'lead') return { lead: inPlaceOf(images.lead, first), figures: [...images.figures, ...extra] };
  if (target.index >= images.figures.length) return { ...images, figures: [...images.figures, asFigure(inPlaceOf(null, first)), ...extra] };
  const figures = images.figures.map((figure, index) => (index === target.index ? asFigure(inPlaceOf(figure, first)) : figure));
  return { ...images, figures: [...figures, ...extra] };
}

import { emptyArticleContent, type ArticleContent, type DocNode, type Language } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import { htmlToDoc } from './html-to-doc';
import type { MediaLibrary, StoredImage } from './media-library';
import { takeImage, type ImportedContent } from './take-image';

/**
 * A Word document as a new article: headings, lists, bold, italic, links and images are kept
 * (mammoth reads the .docx; images are stored in the media library and become figures whose
 * caption and credit the photo desk fills in). The first Heading 1 becomes the headline.
 * Images the desk cannot take (Word's EMF drawings, TIFF, over the size limit) are left out and
 * counted, so the text still comes in and the reporter is told how many are missing.
 */
export async function docxToContent(bytes: Uint8Array, media: MediaLibrary, language: Language): Promise<ImportedContent> {
  // Loaded on the first import, not at start: most sessions never open a Word file.
  const { default: mammoth } = await import('mammoth');
  const images = new Map<string, StoredImage>();
  let skippedImages = 0;
  let failure: { error: unknown } | undefined;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          // mammoth turns an exception here into a warning and goes on, so a disk error is kept
          // aside and thrown after it: the import must stop rather than lose the picture quietly.
          let stored: StoredImage | null;
          try {
            stored = await takeImage(media, { bytes: await image.readAsBuffer(), mimeType: image.contentType }, `image ${images.size + skippedImages + 1}`);
          } catch (error) {
            failure ??= { error };
            return { src: '' };
          }
          if (!stored) {
            skippedImages += 1;
            return { src: '' };
          }
          const key = `copydesk-image:${images.size}`;
          images.set(key, stored);
          return { src: key };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    if (failure) throw failure.error;
    if (error instanceof DeskError) throw error;
    throw new DeskError('unsupported_media', 'This file could not be read as a Word document (.docx). Save it again from Word as .docx and import it once more.');
  }
  if (failure) throw failure.error;
  const converted = htmlToDoc(html, (src, alt): DocNode | null => {
    const image = images.get(src);
    if (!image) return null;
    // Caption and credit from the photo's own IPTC data, as when it is picked in the editor.
    const attrs = { mediaId: image.mediaId, src: image.src, caption: image.caption, credit: image.credit, alt };
    return { type: 'figure', attrs };
  });
  // Kept whole however long: the checklist asks to shorten a headline or alt text over the limit.
  const content: ArticleContent = { ...emptyArticleContent(language), headline: converted.headline, body: converted.body };
  return { content, skippedImages };
}

import { emptyArticleContent, type ArticleContent, type DocNode, type Language } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { DeskError } from '../../../shared/result';
import { htmlToDoc, type ConvertedHtml } from './html-to-doc';
import type { MediaLibrary, StoredImage } from './media-library';
import { takeImage, type ImportedContent } from './take-image';
import { takeBylineParagraph } from './byline-paragraph';
import { wordStyleMap } from './word-style-map';

/**
 * A Word document as a new article: headings, lists, bold, italic, links and images are kept
 * (mammoth reads the .docx; images are stored in the media library and become figures whose
 * caption and credit the photo desk fills in). Word's Title becomes the headline (else the first
 * Heading 1), Subtitle the standfirst, and a paragraph in a Byline style, or the first paragraph
 * near the top that is clearly a byline ("By Chan Mei", "記者 陳美"), the byline.
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
        styleMap: wordStyleMap,
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
  return { content: articleFields(converted, language), skippedImages };
}

/**
 * A standfirst or byline too long for its field stays in the body, and the headline is kept whole
 * however long (the checklist asks to shorten it): nothing is cut off.
 */
function articleFields(converted: ConvertedHtml, language: Language): ArticleContent {
  const fits = (text: string, max: number) => text.length <= max;
  const overflow = [converted.standfirst, converted.byline].filter((text, index) => !fits(text, index === 0 ? limits.standfirstMax : limits.bylineMax));
  const lead: DocNode[] = overflow.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  const body = { type: 'doc' as const, content: [...lead, ...converted.body.content] };
  const standfirst = fits(converted.standfirst, limits.standfirstMax) ? converted.standfirst : '';
  const styled = fits(converted.byline, limits.bylineMax) ? converted.byline : '';
  const found = styled === '' ? takeBylineParagraph(body) : { byline: styled, body };
  return { ...emptyArticleContent(language), headline: converted.headline, standfirst, byline: found.byline, body: found.body };
}

import type { ArticleContent, DocNode, ImageRef } from '../../../shared/article';
import type { PhotoSet } from '../../../shared/desk-api-photos';
import { readFigureAttributes } from '../../../shared/editor/figure';

/** The figure attributes the photo desk owns; every other attribute and node stays the server's. */
function figureImage(node: DocNode): ImageRef {
  const { mediaId, src, caption, credit, alt } = readFigureAttributes(node.attrs ?? {});
  return { mediaId, src, caption, credit, alt };
}

function collectFigures(nodes: readonly DocNode[] | undefined, into: ImageRef[]): void {
  for (const node of nodes ?? []) {
    if (node.type === 'figure') into.push(figureImage(node));
    else collectFigures(node.content, into);
  }
}

/** The article's images: its lead image, then each figure in reading order (inside case sections too). */
export function photoSetOf(content: Pick<ArticleContent, 'leadImage' | 'body'>): PhotoSet {
  const figures: ImageRef[] = [];
  collectFigures(content.body.content, figures);
  return { lead: content.leadImage, figures };
}

function figureAttrs(image: ImageRef): Record<string, string> {
  return { mediaId: image.mediaId, src: image.src, caption: image.caption, credit: image.credit, alt: image.alt };
}

/**
 * The server's content with the photo editor's images put in: the lead image, the attributes of
 * the document's figures (the i-th figure takes `figures[i]`), and figures beyond the document's
 * own appended at the end of the body. Nothing else is touched: no text field, no text node, no
 * other node's attributes, and no figure is removed (a shorter list leaves the rest as they are).
 */
export function withPhotoSet(content: ArticleContent, images: PhotoSet): ArticleContent {
  let next = 0;
  const visit = (nodes: readonly DocNode[]): DocNode[] =>
    nodes.map((node) => {
      if (node.type === 'figure') {
        const image = images.figures[next];
        next += 1;
        return image ? { ...node, attrs: { ...node.attrs, ...figureAttrs(image) } } : node;
      }
      return node.content ? { ...node, content: visit(node.content) } : node;
    });
  const body = visit(content.body.content);
  const added = images.figures.slice(next).map((image): DocNode => ({ type: 'figure', attrs: figureAttrs(image) }));
  return { ...content, leadImage: images.lead, body: { ...content.body, content: [...body, ...added] } };
}

import type { DocNode } from '../article';
import { integerAttr, stringAttr } from './node-attrs';
import type { RenderableArticle } from './render-options';

/** An image of the article, lead first, then figures in document order. */
export interface ArticleImage {
  role: 'lead' | 'figure';
  mediaId: string;
  src: string;
  caption: string;
  credit: string;
  alt: string;
  width?: number;
  height?: number;
}

function collectFigures(nodes: DocNode[], into: ArticleImage[]): void {
  for (const node of nodes) {
    if (node.type === 'figure') {
      const attrs = node.attrs ?? {};
      const width = integerAttr(attrs, 'width');
      const height = integerAttr(attrs, 'height');
      into.push({
        role: 'figure',
        mediaId: stringAttr(attrs, 'mediaId'),
        src: stringAttr(attrs, 'src'),
        caption: stringAttr(attrs, 'caption'),
        credit: stringAttr(attrs, 'credit'),
        alt: stringAttr(attrs, 'alt'),
        ...(width !== undefined ? { width } : {}),
        ...(height !== undefined ? { height } : {}),
      });
    }
    if (node.content !== undefined) collectFigures(node.content, into);
  }
}

export function articleImages(article: RenderableArticle): ArticleImage[] {
  const images: ArticleImage[] = [];
  if (article.leadImage !== null) images.push({ role: 'lead', ...article.leadImage });
  collectFigures(article.body.content, images);
  return images;
}

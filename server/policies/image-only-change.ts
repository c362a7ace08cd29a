import { isDeepStrictEqual } from 'node:util';
import type { ArticleContent, DocNode } from '../../shared/article';

/** Figure nodes belong to the photo desk; everything else in the body is the reporter's text. */
function withoutFigures(nodes: DocNode[] | undefined): DocNode[] | undefined {
  if (!nodes) return nodes;
  return nodes.filter((node) => node.type !== 'figure').map((node) => ({ ...node, content: withoutFigures(node.content) }));
}

/**
 * True when `after` differs from `before` only in images: the lead image and figures (their
 * media, captions, credits and alt text). Used to hold the photo desk to image edits.
 */
export function changesOnlyImages(before: ArticleContent, after: ArticleContent): boolean {
  const { leadImage: _beforeLead, body: beforeBody, ...beforeText } = before;
  const { leadImage: _afterLead, body: afterBody, ...afterText } = after;
  if (!isDeepStrictEqual(beforeText, afterText)) return false;
  return isDeepStrictEqual(withoutFigures(beforeBody.content), withoutFigures(afterBody.content));
}

import type { ArticleContent, DocNode } from '../../shared/article';

function collect(node: DocNode, into: string[]): void {
  if (node.text) into.push(node.text);
  const title = node.attrs?.title;
  if (typeof title === 'string') into.push(title);
  const caption = node.attrs?.caption;
  if (typeof caption === 'string') into.push(caption);
  for (const child of node.content ?? []) collect(child, into);
}

/** The lower-cased words the `q` filter matches: headline, standfirst, tags and body text. */
export function searchTextOf(content: ArticleContent): string {
  const parts = [content.headline, content.standfirst, content.byline, ...content.tags];
  for (const node of content.body.content) collect(node, parts);
  return parts.join('\n').toLowerCase();
}

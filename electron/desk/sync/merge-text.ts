import type { ArticleContent, DocNode } from '../../../shared/article';
import type { ArticleField } from '../../../shared/merge/merge-types';

function nodeText(node: DocNode): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(nodeText);
  if (node.type === 'caseSection') return [typeof node.attrs?.title === 'string' ? node.attrs.title : '', ...inner].filter((part) => part !== '').join('\n');
  if (node.type === 'figure') {
    const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
    const credit = typeof node.attrs?.credit === 'string' ? node.attrs.credit : '';
    return `[${[caption, credit].filter((part) => part !== '').join(' ')}]`;
  }
  const blocks = new Set(['doc', 'bulletList', 'orderedList', 'listItem', 'blockquote']);
  return inner.join(blocks.has(node.type) ? '\n' : '');
}

/** A block of the body as plain text for the side-by-side view; null where a side deleted it. */
export function blockText(node: DocNode | null): string | null {
  return node === null ? null : nodeText(node);
}

/** An article field as plain text for the side-by-side view. */
export function fieldText(content: ArticleContent, field: ArticleField): string {
  const value = content[field];
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (field === 'leadImage' && content.leadImage) return [content.leadImage.caption, content.leadImage.credit, content.leadImage.alt].filter((part) => part !== '').join(' · ');
  if (field === 'relatedLinks') return content.relatedLinks.map((link) => `${link.title} ${link.url ?? link.articleId ?? ''}`.trim()).join('\n');
  if (Array.isArray(value)) return value.map(String).join(', ');
  return JSON.stringify(value);
}

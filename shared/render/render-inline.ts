import type { DocNode } from '../article';
import { sanitizeUrl } from '../url/sanitize-url';
import { escapeHtml } from './escape-html';
import { stringAttr } from './node-attrs';

type Mark = NonNullable<DocNode['marks']>[number];

const simpleMarks: Record<string, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
};

function wrapInMark(html: string, mark: Mark): string {
  const tag = simpleMarks[mark.type];
  if (tag !== undefined) return `<${tag}>${html}</${tag}>`;
  if (mark.type === 'link') {
    const href = sanitizeUrl(stringAttr(mark.attrs, 'href'));
    // An unsafe or empty link keeps its words and loses the link.
    if (href === null) return html;
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
  }
  // Unknown marks never reach the page; their text does.
  return html;
}

/** A text node with its marks; the first mark is the outermost. */
export function renderText(node: DocNode): string {
  const marks = node.marks ?? [];
  let html = escapeHtml(node.text ?? '');
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    const mark = marks[index];
    if (mark !== undefined) html = wrapInMark(html, mark);
  }
  return html;
}

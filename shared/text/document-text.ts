import type { DocNode } from '../article';

/**
 * The readable text of an article body: blocks separated by newlines (so words at block edges
 * never merge), case titles included, figure captions left out (they are not body text).
 */
export function documentText(body: { type?: string; content?: DocNode[] }): string {
  const parts: string[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'text') {
      parts.push(node.text ?? '');
      return;
    }
    if (node.type === 'caseSection' && typeof node.attrs?.title === 'string') parts.push(node.attrs.title, '\n');
    if (node.type === 'hardBreak') parts.push('\n');
    node.content?.forEach(visit);
    if (node.type !== 'doc') parts.push('\n');
  };
  body.content?.forEach(visit);
  return parts.join('');
}

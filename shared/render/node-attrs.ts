import type { DocNode } from '../article';

/** A string attribute of a TipTap node or mark; anything that is not a string reads as ''. */
export function stringAttr(attrs: Record<string, unknown> | undefined, key: string): string {
  const value = attrs?.[key];
  return typeof value === 'string' ? value : '';
}

/** A positive integer attribute, or undefined. */
export function integerAttr(attrs: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = attrs?.[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** All text inside a node, for plain-text uses (ninjs text body, JSON-LD). */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(nodeText).join('');
}

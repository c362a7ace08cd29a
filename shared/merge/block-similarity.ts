import { diffChars } from 'diff';
import type { DocNode } from '../article';

/** All the text inside a node, in order. */
export function nodeText(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(nodeText).join('');
}

/**
 * How much two texts share, 0–1 (twice the characters in common over both lengths). Characters,
 * not words, so Chinese — written without spaces — is compared as finely as English.
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const common = diffChars(a, b).reduce((sum, part) => (part.added || part.removed ? sum : sum + part.value.length), 0);
  return (2 * common) / (a.length + b.length);
}

function attribute(node: DocNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * How likely two blocks are the same block after an edit, 0–1; blocks of different types never
 * are. A case section is known by its title and its text; a figure by its image.
 */
export function blockSimilarity(a: DocNode, b: DocNode): number {
  if (a.type !== b.type) return 0;
  if (a.type === 'caseSection') return 0.3 * textSimilarity(attribute(a, 'title'), attribute(b, 'title')) + 0.7 * textSimilarity(nodeText(a), nodeText(b));
  if (a.type === 'figure') return attribute(a, 'mediaId') !== '' && attribute(a, 'mediaId') === attribute(b, 'mediaId') ? 1 : 0.5 * textSimilarity(attribute(a, 'caption'), attribute(b, 'caption'));
  const textA = nodeText(a);
  const textB = nodeText(b);
  return textA === '' && textB === '' ? 1 : textSimilarity(textA, textB);
}

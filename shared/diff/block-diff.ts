import { diffArrays } from 'diff';
import type { ArticleContent } from '../article';
import { articleBlocks, type BlockLine } from './article-blocks';

export type BlockChangeKind = 'same' | 'added' | 'removed';
export interface BlockChange extends BlockLine {
  kind: BlockChangeKind;
}

/**
 * What changed between two versions of an article, block by block (`before` → `after`): each
 * line is unchanged, added or removed. A changed paragraph shows as its old line removed and
 * its new line added, which is how editors read a revision.
 */
export function blockDiff(before: ArticleContent, after: ArticleContent): BlockChange[] {
  const changes: BlockChange[] = [];
  // Lines are equal when indent, field and text all are: "Byline: Chan Mei" is not the paragraph "Chan Mei".
  const comparator = (left: BlockLine, right: BlockLine) => left.indent === right.indent && left.field === right.field && left.text === right.text;
  for (const part of diffArrays(articleBlocks(before), articleBlocks(after), { comparator })) {
    const kind: BlockChangeKind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const line of part.value) changes.push({ kind, ...line });
  }
  return changes;
}

import { diffArrays } from 'diff';
import type { ArticleContent } from '../article';
import { articleBlocks } from './article-blocks';

export type BlockChangeKind = 'same' | 'added' | 'removed';
export interface BlockChange {
  kind: BlockChangeKind;
  text: string;
}

/**
 * What changed between two versions of an article, block by block (`before` → `after`): each
 * line is unchanged, added or removed. A changed paragraph shows as its old line removed and
 * its new line added, which is how editors read a revision.
 */
export function blockDiff(before: ArticleContent, after: ArticleContent): BlockChange[] {
  const changes: BlockChange[] = [];
  for (const part of diffArrays(articleBlocks(before), articleBlocks(after))) {
    const kind: BlockChangeKind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value) changes.push({ kind, text });
  }
  return changes;
}

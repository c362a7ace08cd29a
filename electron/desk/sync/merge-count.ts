import type { ArticleContent } from '../../../shared/article';
import { mergeArticle } from '../../../shared/merge/merge-article';
import type { ArticleMerge } from '../../../shared/merge/merge-types';

/** How many blocks and fields a person must settle (a different order alone merges: mine wins). */
export function conflictCount(merge: ArticleMerge): number {
  return merge.fieldConflicts.length + merge.body.filter((segment) => segment.kind === 'conflict').length;
}

export function mergeOf(base: ArticleContent, mine: ArticleContent, theirs: ArticleContent): { merge: ArticleMerge; conflicts: number } {
  const merge = mergeArticle(base, mine, theirs);
  return { merge, conflicts: conflictCount(merge) };
}

import type { ArticleStatus } from '../../shared/article';
import type { SessionUser } from '../../shared/server-api';

/** Until it is live an article can still take photos; after that it changes only by a correction. */
const statesTakingPhotos: readonly ArticleStatus[] = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled'];

export type PhotoRequestRefusal = 'not_yours' | 'wrong_state';

/**
 * Who may flag an article for the photo desk (or mark its photos done): a reporter only on an
 * article they wrote or are assigned to; the photo desk, chief editors and admins on any.
 * The route's role list says who may call it at all; this is the per-article rule.
 */
export function photoRequestRefusal(
  user: SessionUser,
  article: { status: ArticleStatus; authorId: string; assigneeId: string | null },
): PhotoRequestRefusal | null {
  if (user.role === 'reporter' && article.authorId !== user.id && article.assigneeId !== user.id) return 'not_yours';
  if (!statesTakingPhotos.includes(article.status)) return 'wrong_state';
  return null;
}

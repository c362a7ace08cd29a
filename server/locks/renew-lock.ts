import { articleLockLease } from '../../shared/server-api';
import type { ArticleLock, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { ServerError } from '../http/server-error';
import { presentLock, readLockRow } from './present-lock';

/**
 * Keeps the lease: only the acquisition that holds it (lock id and person) may renew. A lapsed
 * lease nobody else took is renewed as if it never lapsed; a lease someone took over answers 409
 * with who has it now, so the desk turns its unsent changes into a merge instead of saving over.
 */
export async function renewLock(context: DeskContext, user: SessionUser, articleId: string, lockId: string): Promise<ArticleLock> {
  const now = context.now();
  const expiresAt = new Date(now.getTime() + articleLockLease.expiresAfterMs).toISOString();
  const renewed = await context.db
    .updateTable('article_locks')
    .set({ expires_at: expiresAt })
    .where('article_id', '=', articleId)
    .where('lock_id', '=', lockId)
    .where('holder_id', '=', user.id)
    .executeTakeFirst();
  const row = await readLockRow(context.db, articleId);
  if (renewed.numUpdatedRows === 1n && row?.lock_id === lockId) return presentLock(row, user);
  if (!row) throw new ServerError(409, 'locked', 'Your editing lock on this article was released. Open the article again to edit it.');
  throw new ServerError(409, 'locked', `${row.display_name} took over editing this article at ${row.taken_at}. Your unsent changes are kept: merge them with theirs.`);
}

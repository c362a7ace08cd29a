import { randomUUID } from 'node:crypto';
import { articleLockLease } from '../../shared/server-api';
import type { LockAcquireResponse, LockHolder, SessionUser } from '../../shared/server-api';
import { mayHoldLock } from '../policies/article-policy';
import { articleStatusSchema } from '../../shared/article';
import { recordEvent } from '../articles/record-event';
import type { DeskContext } from '../context';
import { retryOnConflict } from '../db/retry-on-conflict';
import { ServerError, notFound } from '../http/server-error';
import { isLive, presentLock, readLockRow } from './present-lock';

// Two processes racing for one article: each round is a compare-and-swap, so a loser re-reads.
const maxRounds = 5;

/**
 * Opening an article for editing takes its lease — when it is free, lapsed, or the caller asks to
 * take it over. A takeover is written as an event addressed to the previous holder, in the same
 * transaction as the swap, so the holder is told exactly when they lost it.
 */
export async function acquireLock(context: DeskContext, user: SessionUser, articleId: string, takeOver: boolean): Promise<LockAcquireResponse> {
  for (let round = 0; round < maxRounds; round += 1) {
    const outcome = await retryOnConflict(() => context.db.transaction().execute(async (trx): Promise<LockAcquireResponse | 'raced'> => {
      const article = await trx.selectFrom('articles').select(['status', 'author_id', 'assignee_id', 'revision']).where('id', '=', articleId).executeTakeFirst();
      if (!article) throw notFound('The article');
      const status = articleStatusSchema.parse(article.status);
      if (!mayHoldLock(user, { status, authorId: article.author_id, assigneeId: article.assignee_id })) {
        throw new ServerError(403, 'forbidden', `You cannot edit this article while it is ${status.replace('_', ' ')}, so you cannot take its lock.`);
      }
      const now = context.now();
      const at = now.toISOString();
      const expiresAt = new Date(now.getTime() + articleLockLease.expiresAfterMs).toISOString();
      const lockId = randomUUID();
      const taken = (tookOverFrom: LockHolder | null): LockAcquireResponse => ({
        acquired: true,
        lockId,
        lock: { holder: { username: user.username, displayName: user.displayName }, since: at, expiresAt, mine: true },
        tookOverFrom,
      });
      const current = await readLockRow(trx, articleId);
      if (!current) {
        const inserted = await trx
          .insertInto('article_locks')
          .values({ article_id: articleId, lock_id: lockId, holder_id: user.id, taken_at: at, expires_at: expiresAt })
          .onConflict((conflict) => conflict.column('article_id').doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 ? taken(null) : 'raced';
      }
      const live = isLive(current, now);
      if (live && !takeOver) return { acquired: false, lock: presentLock(current, user) };
      const swapped = await trx
        .updateTable('article_locks')
        .set({ lock_id: lockId, holder_id: user.id, taken_at: at, expires_at: expiresAt })
        .where('article_id', '=', articleId)
        .where('lock_id', '=', current.lock_id)
        .executeTakeFirst();
      if (swapped.numUpdatedRows !== 1n) return 'raced';
      if (!live) return taken(null);
      const from = { username: current.username, displayName: current.display_name };
      await recordEvent(trx, {
        articleId,
        actorId: user.id,
        subjectId: current.holder_id,
        action: 'lock_taken_over',
        from: status,
        to: status,
        revision: article.revision,
        at,
      });
      return taken(from);
    }));
    if (outcome !== 'raced') return outcome;
  }
  throw new ServerError(409, 'conflict', 'Others are taking this article\'s lock at the same moment. Try again in a moment.');
}

import { ulid } from 'ulid';
import { checkArticle } from '../../shared/checklist/check-article';
import { articleContentSchema } from '../../shared/article';
import { transitionRefusal, transitions } from '../../shared/workflow';
import type { ServerArticle, SessionUser, TransitionRequest } from '../../shared/server-api';
import type { ArticleUpdate } from '../db/schema';
import type { DeskContext } from '../context';
import { retryOnConflict } from '../db/retry-on-conflict';
import { ServerError } from '../http/server-error';
import { listSections } from '../sections/list-sections';
import { assertSlugFree } from './assert-slug-free';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { runPublicationHook } from './run-publication-hook';
import { staleRevision } from './stale-revision';

/**
 * One workflow step, enforced here and nowhere else: role (403), state (409), the revision the
 * caller saw (409), the publish checklist on approval (422). The row update is conditional on the
 * row version, so of two concurrent steps on one article exactly one wins, in any number of
 * server processes; the publishing hooks run in the same transaction.
 */
export async function transitionArticle(
  context: DeskContext,
  user: SessionUser,
  id: string,
  request: TransitionRequest,
  ifMatch: number | undefined,
): Promise<ServerArticle> {
  const now = context.now();
  const at = now.toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const { row, article } = await loadArticle(trx, id);
    const expected = request.revision ?? ifMatch;
    if (expected !== undefined && expected !== row.revision) throw staleRevision(row.revision);

    const { action } = request;
    const refusal = transitionRefusal(action, article.status, user.role);
    if (refusal === 'wrong_role') throw new ServerError(403, 'forbidden', `Your role (${user.role}) cannot ${action.replace('_', ' ')} articles.`);
    if (refusal === 'wrong_state') {
      throw new ServerError(409, 'conflict', `An article that is ${article.status.replace('_', ' ')} cannot be sent to "${action}". Reload it to see its current state.`);
    }
    if (user.role === 'reporter' && row.author_id !== user.id) throw new ServerError(403, 'forbidden', 'Reporters can submit only their own articles.');

    const change: ArticleUpdate = { status: transitions[action].to, version: row.version + 1, updated_at: at };
    if (action === 'approve') {
      const content = articleContentSchema.parse(article);
      const problems = checkArticle(content, { sections: await listSections(trx) });
      if (problems.length > 0) {
        throw new ServerError(422, 'checklist_failed', 'The article is not ready to approve: fix the problems listed and try again.', { problems });
      }
      await assertSlugFree(trx, id, content.slug);
    }
    if (action === 'schedule') {
      if (!request.publishAt) throw new ServerError(400, 'bad_request', 'Scheduling needs a publishAt time.', { details: ['publishAt: required'] });
      const publishAt = new Date(request.publishAt);
      if (publishAt.getTime() <= now.getTime()) throw new ServerError(400, 'bad_request', 'The publishing time must be in the future.', { details: ['publishAt: in the past'] });
      change.publish_at = publishAt.toISOString();
    }
    if (action === 'publish') {
      // The status already implies an approval; check it is for this very revision.
      const approval = await trx.selectFrom('approvals').select('id').where('article_id', '=', id).where('revision', '=', row.revision).executeTakeFirst();
      if (!approval) throw new ServerError(409, 'conflict', 'This revision has not been approved. Approve it before publishing.');
      change.published_at = at;
      change.publish_at = null;
    }
    if (action === 'correct' && !request.note) {
      throw new ServerError(400, 'bad_request', 'A correction needs a note saying what was corrected.', { details: ['note: required for a correction'] });
    }
    if (action === 'request_changes' || action === 'unpublish') change.publish_at = null;

    const result = await trx.updateTable('articles').set(change).where('id', '=', id).where('version', '=', row.version).executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      throw new ServerError(409, 'conflict', 'Someone else changed this article at the same moment. Reload it and try again.');
    }
    if (action === 'approve') {
      await trx.insertInto('approvals').values({ id: ulid(), article_id: id, revision: row.revision, user_id: user.id, at }).execute();
    }
    await recordEvent(trx, { articleId: id, actorId: user.id, action, from: article.status, to: transitions[action].to, revision: row.revision, note: request.note, at });
    // Built from what was just written rather than read back (the same shape loadArticle gives).
    const publishedAt = change.published_at ?? article.publishedAt;
    const updated: ServerArticle = {
      ...article,
      status: transitions[action].to,
      version: row.version + 1,
      updatedAt: at,
      publishAt: change.publish_at !== undefined ? change.publish_at : article.publishAt,
      ...(publishedAt ? { publishedAt } : {}),
      approvals: action === 'approve' ? [...article.approvals, { by: user.username, revision: row.revision, at }] : article.approvals,
      notes: request.note ? [...article.notes, { by: user.username, at, text: request.note }] : article.notes,
    };
    await runPublicationHook(context.hooks, action, updated, trx);
    return updated;
  }));
}

import { ulid } from 'ulid';
import { checkArticle } from '../../shared/checklist/check-article';
import { articleContentSchema } from '../../shared/article';
import { transitions } from '../../shared/workflow';
import type { ServerArticle, SessionUser, TransitionRequest } from '../../shared/server-api';
import type { ArticleUpdate } from '../db/schema';
import type { DeskContext } from '../context';
import { retryOnConflict } from '../db/retry-on-conflict';
import { ServerError } from '../http/server-error';
import { assertMayTransition } from '../policies/article-policy';
import { isPublicationAction, runPublicationCommand } from '../publishing/publication-command';
import { listSections } from '../sections/list-sections';
import { assertSlugFree } from './assert-slug-free';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { staleRevision } from './stale-revision';

function raced(): ServerError {
  return new ServerError(409, 'conflict', 'Someone else changed this article at the same moment. Reload it and try again.');
}

/**
 * One workflow step: the policy (role 403, state 409, input 400), the revision the caller saw
 * (409 with currentRevision), the publish checklist on approval (422). The row update is
 * conditional on the row version, so of two concurrent steps on one article exactly one wins, in
 * any number of server processes. Publish, correct and unpublish go through the publication
 * command, which the scheduler uses too.
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
    assertMayTransition(user, { status: article.status, authorId: row.author_id, assigneeId: row.assignee_id }, request, ifMatch);
    const expected = request.revision ?? ifMatch;
    if (expected !== undefined && expected !== row.revision) throw staleRevision(row.revision);

    const { action } = request;
    if (isPublicationAction(action)) {
      const published = await runPublicationCommand(context.hooks, trx, { action, row, article, actor: user, note: request.note, at });
      if (!published) throw raced();
      return published;
    }

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
    if (action === 'request_changes') change.publish_at = null;

    const result = await trx.updateTable('articles').set(change).where('id', '=', id).where('version', '=', row.version).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw raced();
    if (action === 'approve') {
      await trx.insertInto('approvals').values({ id: ulid(), article_id: id, revision: row.revision, user_id: user.id, at }).execute();
    }
    await recordEvent(trx, { articleId: id, actorId: user.id, action, from: article.status, to: transitions[action].to, revision: row.revision, note: request.note, at });
    return {
      ...article,
      status: transitions[action].to,
      version: row.version + 1,
      updatedAt: at,
      publishAt: change.publish_at !== undefined ? change.publish_at : article.publishAt,
      approvals: action === 'approve' ? [...article.approvals, { by: user.username, revision: row.revision, at }] : article.approvals,
      notes: request.note ? [...article.notes, { by: user.username, at, text: request.note }] : article.notes,
    };
  }));
}

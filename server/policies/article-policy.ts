/**
 * The per-article rules in one place: whose article it is, what a person may change in it
 * (edit scope: the photo desk only images, captions, credits and alt text) and who may take each
 * workflow step with what input. The route table says which roles may call a route at all; every
 * command asks this module about the one article in hand. Each check throws the ServerError the
 * caller gets (400, 403, 409).
 */
import type { ArticleContent, ArticleStatus } from '../../shared/article';
import type { SessionUser, TransitionRequest } from '../../shared/server-api';
import { editScope, transitionRefusal } from '../../shared/workflow';
import type { EditScope, WorkflowAction } from '../../shared/workflow';
import { ServerError } from '../http/server-error';
import { changesOnlyImages } from './image-only-change';
import { photoRequestRefusal } from './photo-request-refusal';

export interface ArticleFacts {
  status: ArticleStatus;
  authorId: string;
  assigneeId: string | null;
}

export function isOwnArticle(user: SessionUser, article: ArticleFacts): boolean {
  return article.authorId === user.id;
}

export function editScopeFor(user: SessionUser, article: ArticleFacts): EditScope {
  return editScope(article.status, user.role, isOwnArticle(user, article));
}

/** An edit: refused outright (403), or held to images for the photo desk (403 on a text change). */
export function assertMayEdit(
  user: SessionUser,
  article: ArticleFacts,
  change: { before: ArticleContent; after: ArticleContent; changesAssignee: boolean },
): void {
  const scope = editScopeFor(user, article);
  if (scope === 'none') throw new ServerError(403, 'forbidden', `You cannot edit this article while it is ${article.status.replace('_', ' ')}.`);
  if (scope === 'images' && (change.changesAssignee || !changesOnlyImages(change.before, change.after))) {
    throw new ServerError(403, 'forbidden', 'The photo desk may change images, captions, credits and alt text, not the text of the article.');
  }
}

/** Taking the edit lock needs the right to edit something. */
export function mayHoldLock(user: SessionUser, article: ArticleFacts): boolean {
  return editScopeFor(user, article) !== 'none';
}

/** Steps that act on what the editor read: the body must name that revision. */
const revisionBound: readonly WorkflowAction[] = ['approve', 'schedule', 'publish'];
/** Steps that must say why: the reporter, or the public page, is told. */
const noteRequired: Partial<Record<WorkflowAction, string>> = {
  request_changes: 'Requesting changes needs a note telling the reporter what to change.',
  correct: 'A correction needs a note saying what was corrected (it is shown on the public page).',
  unpublish: 'Unpublishing needs a reason.',
};

/** Who may take a workflow step on this article, with what input; throws what the caller gets. */
export function assertMayTransition(user: SessionUser, article: ArticleFacts, request: TransitionRequest, revisionFromHeader: number | undefined): void {
  const { action } = request;
  const refusal = transitionRefusal(action, article.status, user.role);
  if (refusal === 'wrong_role') throw new ServerError(403, 'forbidden', `Your role (${user.role}) cannot ${action.replace('_', ' ')} articles.`);
  if (refusal === 'wrong_state') {
    throw new ServerError(409, 'conflict', `An article that is ${article.status.replace('_', ' ')} cannot be sent to "${action}". Reload it to see its current state.`);
  }
  if (user.role === 'reporter' && !isOwnArticle(user, article)) throw new ServerError(403, 'forbidden', 'Reporters can submit only their own articles.');
  if (revisionBound.includes(action) && request.revision === undefined && revisionFromHeader === undefined) {
    throw new ServerError(400, 'bad_request', `To ${action} an article, send the revision you read ("revision" in the body), so nothing is ${action}d that nobody read.`, {
      details: ['revision: required'],
    });
  }
  const noteMessage = noteRequired[action];
  if (noteMessage && !request.note) throw new ServerError(400, 'bad_request', noteMessage, { details: ['note: required'] });
}

/** Flagging for the photo desk, or "Photos done". */
export function assertMayRequestPhotos(user: SessionUser, article: ArticleFacts): void {
  const refusal = photoRequestRefusal(user, article);
  if (refusal === 'not_yours') throw new ServerError(403, 'forbidden', 'Reporters can ask for photos only on their own articles or those assigned to them.');
  if (refusal === 'wrong_state') {
    throw new ServerError(409, 'conflict', `An article that is ${article.status.replace('_', ' ')} takes no new photos; publish a correction instead.`);
  }
}

/** Restoring an old revision rewrites the article: chief editors and admins only. */
export function assertMayRestore(user: SessionUser, article: ArticleFacts): void {
  if (user.role !== 'chief_editor' && user.role !== 'admin') throw new ServerError(403, 'forbidden', 'Only chief editors and admins may restore a revision.');
  if (editScopeFor(user, article) === 'none') throw new ServerError(403, 'forbidden', `You cannot edit this article while it is ${article.status.replace('_', ' ')}.`);
}

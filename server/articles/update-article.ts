import { articleContentSchema } from '../../shared/article';
import { editScope, statusAfterEdit } from '../../shared/workflow';
import type { ArticleWriteRequest, ServerArticle, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { ServerError } from '../http/server-error';
import { searchTextOf } from './body-text';
import { changesOnlyImages } from './photo-desk-edit';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { resolveAssignee } from './resolve-assignee';
import { staleRevision } from './stale-revision';
import { assertValidContent } from './validate-content';
import { retryOnConflict } from '../db/retry-on-conflict';

/**
 * An edit is accepted only against the revision the editor loaded (optimistic concurrency, safe
 * across server processes: the UPDATE is conditional on the row version). Editing an approved
 * or scheduled article voids the approval and sends it back to review.
 */
export async function updateArticle(
  context: DeskContext,
  user: SessionUser,
  id: string,
  expectedRevision: number,
  request: ArticleWriteRequest,
): Promise<ServerArticle> {
  assertValidContent(request.content);
  const at = context.now().toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const { row, article } = await loadArticle(trx, id);
    if (row.revision !== expectedRevision) throw staleRevision(row.revision);
    const scope = editScope(article.status, user.role, row.author_id === user.id);
    if (scope === 'none') throw new ServerError(403, 'forbidden', `You cannot edit this article while it is ${article.status.replace('_', ' ')}.`);
    if (scope === 'images') {
      if (!changesOnlyImages(articleContentSchema.parse(article), request.content) || request.assignee !== undefined) {
        throw new ServerError(403, 'forbidden', 'The photo desk may change images, captions, credits and alt text, not the text of the article.');
      }
    }
    const assigneeId = await resolveAssignee(trx, request.assignee);
    const status = statusAfterEdit(article.status);
    const revision = row.revision + 1;
    const { content } = request;
    const result = await trx
      .updateTable('articles')
      .set({
        slug: content.slug,
        language: content.language,
        section: content.section,
        headline: content.headline,
        content: JSON.stringify(content),
        search_text: searchTextOf(content),
        status,
        revision,
        version: row.version + 1,
        updated_at: at,
        ...(status !== article.status ? { publish_at: null } : {}),
        ...(assigneeId !== undefined ? { assignee_id: assigneeId } : {}),
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      const current = await trx.selectFrom('articles').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
      throw staleRevision(current.revision);
    }
    const voided = status !== article.status ? 'Approval voided by an edit; the article is back in review.' : undefined;
    await recordEvent(trx, { articleId: id, actorId: user.id, action: 'edit', from: article.status, to: status, revision, note: voided, at });
    // Built from what was just written rather than read back: saves are the hottest path.
    return {
      ...article,
      ...content,
      status,
      revision,
      version: row.version + 1,
      updatedAt: at,
      publishAt: status !== article.status ? null : article.publishAt,
      assignee: assigneeId === undefined ? article.assignee : assigneeId === null ? null : (request.assignee?.toLowerCase() ?? null),
      notes: voided ? [...article.notes, { by: user.username, at, text: voided }] : article.notes,
    };
  }));
}

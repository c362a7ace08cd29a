import { articleContentSchema } from '../../shared/article';
import { statusAfterEdit } from '../../shared/workflow';
import type { ArticleWriteRequest, ServerArticle, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { searchTextOf } from './body-text';
import { assertMayEdit } from '../policies/article-policy';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { storeRevision } from './store-revision';
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
  /** How the edit is audited when it is not a plain save (a restored revision). */
  audit: { action: string; note: string } | undefined = undefined,
): Promise<ServerArticle> {
  assertValidContent(request.content);
  const at = context.now().toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const { row, article } = await loadArticle(trx, id);
    if (row.revision !== expectedRevision) throw staleRevision(row.revision);
    assertMayEdit(user, { status: article.status, authorId: row.author_id, assigneeId: row.assignee_id }, {
      before: articleContentSchema.parse(article),
      after: request.content,
      changesAssignee: request.assignee !== undefined,
    });
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
    await storeRevision(trx, { articleId: id, revision, content, authorId: user.id, at });
    const voidedNote = status !== article.status ? 'Approval voided by an edit; the article is back in review.' : undefined;
    const voided = audit ? [audit.note, voidedNote].filter(Boolean).join(' ') : voidedNote;
    await recordEvent(trx, { articleId: id, actorId: user.id, action: audit?.action ?? 'edit', from: article.status, to: status, revision, note: voided, at });
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

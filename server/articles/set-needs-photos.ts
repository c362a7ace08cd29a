import type { ServerArticle, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { retryOnConflict } from '../db/retry-on-conflict';
import { assertMayRequestPhotos } from '../policies/article-policy';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { staleRevision } from './stale-revision';

/**
 * Flags an article for the photo desk (or clears the flag when the photos are in). Checked like a
 * workflow step: who may touch this article (403), its state (409), the revision the caller saw
 * (If-Match, 409); the update is conditional on the row version, so it is safe across processes.
 */
export async function setNeedsPhotos(
  context: DeskContext,
  user: SessionUser,
  id: string,
  request: { needsPhotos: boolean; note?: string | undefined },
  ifMatch: number | undefined,
): Promise<ServerArticle> {
  const at = context.now().toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const { row, article } = await loadArticle(trx, id);
    if (ifMatch !== undefined && ifMatch !== row.revision) throw staleRevision(row.revision);
    assertMayRequestPhotos(user, { status: article.status, authorId: row.author_id, assigneeId: row.assignee_id });
    const result = await trx
      .updateTable('articles')
      .set({ needs_photos: request.needsPhotos ? 1 : 0, version: row.version + 1, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      const current = await trx.selectFrom('articles').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
      throw staleRevision(current.revision);
    }
    await recordEvent(trx, {
      articleId: id,
      actorId: user.id,
      action: request.needsPhotos ? 'needs_photos' : 'photos_done',
      from: article.status,
      to: article.status,
      revision: row.revision,
      note: request.note,
      at,
    });
    return (await loadArticle(trx, id)).article;
  }));
}

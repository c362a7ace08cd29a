import type { ServerArticle, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { retryOnConflict } from '../db/retry-on-conflict';

/** Flags an article for the photo desk (or clears the flag when the photos are in). */
export async function setNeedsPhotos(
  context: DeskContext,
  user: SessionUser,
  id: string,
  request: { needsPhotos: boolean; note?: string | undefined },
): Promise<ServerArticle> {
  const at = context.now().toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const { row, article } = await loadArticle(trx, id);
    await trx
      .updateTable('articles')
      .set((eb) => ({ needs_photos: request.needsPhotos ? 1 : 0, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .execute();
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

import { ulid } from 'ulid';
import type { ArticleWriteRequest, ServerArticle, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { assertValidContent } from './validate-content';
import { searchTextOf } from './body-text';
import { loadArticle } from './present-article';
import { recordEvent } from './record-event';
import { storeRevision } from './store-revision';
import { resolveAssignee } from './resolve-assignee';
import { retryOnConflict } from '../db/retry-on-conflict';

export async function createArticle(context: DeskContext, user: SessionUser, request: ArticleWriteRequest): Promise<ServerArticle> {
  assertValidContent(request.content);
  const at = context.now().toISOString();
  return retryOnConflict(() => context.db.transaction().execute(async (trx) => {
    const assigneeId = await resolveAssignee(trx, request.assignee);
    const id = ulid();
    const { content } = request;
    await trx
      .insertInto('articles')
      .values({
        id,
        slug: content.slug,
        language: content.language,
        section: content.section,
        headline: content.headline,
        status: 'draft',
        revision: 1,
        version: 1,
        author_id: user.id,
        assignee_id: assigneeId === undefined ? user.id : assigneeId,
        needs_photos: 0,
        publish_at: null,
        published_at: null,
        created_at: at,
        updated_at: at,
        content: JSON.stringify(content),
        search_text: searchTextOf(content),
      })
      .execute();
    await storeRevision(trx, { articleId: id, revision: 1, content, authorId: user.id, at });
    await recordEvent(trx, { articleId: id, actorId: user.id, action: 'create', from: null, to: 'draft', revision: 1, at });
    return (await loadArticle(trx, id)).article;
  }));
}

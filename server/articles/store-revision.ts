import type { Transaction } from 'kysely';
import type { ArticleContent } from '../../shared/article';
import type { Database } from '../db/schema';

/** Keeps one revision's content; called in the same transaction as every create and update. */
export async function storeRevision(
  trx: Transaction<Database>,
  revision: { articleId: string; revision: number; content: ArticleContent; authorId: string; at: string },
): Promise<void> {
  await trx
    .insertInto('article_revisions')
    .values({ article_id: revision.articleId, revision: revision.revision, content: JSON.stringify(revision.content), author_id: revision.authorId, created_at: revision.at })
    .execute();
}

import { articleContentSchema } from '../../shared/article';
import type { ServerArticle, SessionUser } from '../../shared/server-api';
import type { RevisionMeta } from '../../shared/server-api-review';
import type { DeskContext } from '../context';
import { loadArticle } from '../articles/present-article';
import { staleRevision } from '../articles/stale-revision';
import { updateArticle } from '../articles/update-article';
import { notFound } from '../http/server-error';
import { assertMayRestore } from '../policies/article-policy';

/** Every stored revision of an article, newest first (metadata only). */
export async function listRevisions(context: DeskContext, articleId: string): Promise<RevisionMeta[]> {
  await loadArticle(context.db, articleId);
  const rows = await context.db
    .selectFrom('article_revisions')
    .innerJoin('users', 'users.id', 'article_revisions.author_id')
    .select(['article_revisions.revision', 'article_revisions.content', 'article_revisions.created_at', 'users.username'])
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.revision', 'desc')
    .execute();
  return rows.map((row) => ({ revision: row.revision, author: row.username, createdAt: row.created_at, headline: articleContentSchema.parse(JSON.parse(row.content)).headline }));
}

export async function getRevision(context: DeskContext, articleId: string, revision: number) {
  const row = await context.db
    .selectFrom('article_revisions')
    .innerJoin('users', 'users.id', 'article_revisions.author_id')
    .select(['article_revisions.revision', 'article_revisions.content', 'article_revisions.created_at', 'users.username'])
    .where('article_revisions.article_id', '=', articleId)
    .where('article_revisions.revision', '=', revision)
    .executeTakeFirst();
  if (!row) throw notFound(`Revision ${revision} of the article`);
  const content = articleContentSchema.parse(JSON.parse(row.content));
  return { revision: row.revision, author: row.username, createdAt: row.created_at, headline: content.headline, content };
}

/**
 * Restores an old revision's content as a new revision (nothing is ever rewritten in place),
 * audited as a `restore` event; the same checks as an edit (the current revision, 409; the edit
 * scope) plus the policy's restore rule.
 */
export async function restoreRevision(context: DeskContext, user: SessionUser, articleId: string, revision: number, expectedRevision: number): Promise<ServerArticle> {
  const { row, article } = await loadArticle(context.db, articleId);
  assertMayRestore(user, { status: article.status, authorId: row.author_id, assigneeId: row.assignee_id });
  if (row.revision !== expectedRevision) throw staleRevision(row.revision);
  const old = await getRevision(context, articleId, revision);
  return updateArticle(context, user, articleId, expectedRevision, { content: old.content }, { action: 'restore', note: `Restored revision ${revision}.` });
}

/** The revision the desk diffs against: the last approved one, else the first submitted one. */
export async function diffBase(context: DeskContext, articleId: string) {
  const { row } = await loadArticle(context.db, articleId);
  const approved = await context.db.selectFrom('approvals').select('revision').where('article_id', '=', articleId).orderBy('id', 'desc').executeTakeFirst();
  if (approved) return { baseRevision: approved.revision, basis: 'approved' as const, currentRevision: row.revision };
  const submitted = await context.db.selectFrom('article_events').select('revision').where('article_id', '=', articleId).where('action', '=', 'submit').orderBy('id').executeTakeFirst();
  if (submitted) return { baseRevision: submitted.revision, basis: 'submitted' as const, currentRevision: row.revision };
  return { baseRevision: null, basis: 'none' as const, currentRevision: row.revision };
}

import type { Kysely, Transaction } from 'kysely';
import { articleContentSchema, articleStatusSchema } from '../../shared/article';
import type { ArticleSummary, ServerArticle } from '../../shared/server-api';
import type { ArticleRow, Database } from '../db/schema';
import { notFound } from '../http/server-error';

type Db = Kysely<Database> | Transaction<Database>;

export interface LoadedArticle {
  row: ArticleRow;
  article: ServerArticle;
}

async function usernames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'username']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.username]));
}

/** The article as the API shows it: content, workflow state, approvals and notes. */
export async function loadArticle(db: Db, id: string): Promise<LoadedArticle> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The article');
  const approvals = await db.selectFrom('approvals').selectAll().where('article_id', '=', id).orderBy('id').execute();
  const notes = await db
    .selectFrom('article_events')
    .select(['actor_id', 'at', 'note'])
    .where('article_id', '=', id)
    .where('note', 'is not', null)
    .orderBy('id')
    .execute();
  const names = await usernames(db, [
    row.author_id,
    ...(row.assignee_id ? [row.assignee_id] : []),
    ...approvals.map((approval) => approval.user_id),
    ...notes.flatMap((note) => (note.actor_id ? [note.actor_id] : [])),
  ]);
  const content = articleContentSchema.parse(JSON.parse(row.content));
  const article: ServerArticle = {
    ...content,
    id: row.id,
    status: articleStatusSchema.parse(row.status),
    revision: row.revision,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
    author: names.get(row.author_id) ?? '',
    assignee: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    needsPhotos: row.needs_photos === 1,
    publishAt: row.publish_at,
    approvals: approvals.map((approval) => ({ by: names.get(approval.user_id) ?? '', revision: approval.revision, at: approval.at })),
    notes: notes.map((note) => ({ by: note.actor_id ? (names.get(note.actor_id) ?? '') : 'scheduler', at: note.at, text: note.note ?? '' })),
  };
  return { row, article };
}

export function summarizeArticle(row: ArticleRow, names: Map<string, string>): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    language: articleContentSchema.shape.language.parse(row.language),
    section: row.section,
    status: articleStatusSchema.parse(row.status),
    revision: row.revision,
    author: names.get(row.author_id) ?? '',
    assignee: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    needsPhotos: row.needs_photos === 1,
    publishAt: row.publish_at,
    updatedAt: row.updated_at,
  };
}

export async function summarizeArticles(db: Db, rows: ArticleRow[]): Promise<ArticleSummary[]> {
  const names = await usernames(db, rows.flatMap((row) => [row.author_id, ...(row.assignee_id ? [row.assignee_id] : [])]));
  return rows.map((row) => summarizeArticle(row, names));
}

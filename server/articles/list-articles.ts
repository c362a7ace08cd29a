import { sql } from 'kysely';
import type { ArticleListQuery, ArticleListResponse, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { summarizeArticles } from './present-article';

/** `%`, `_` and the escape character itself match literally in the `q` filter. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (char) => `!${char}`)}%`;
}

export async function listArticles(context: DeskContext, user: SessionUser, query: ArticleListQuery): Promise<ArticleListResponse> {
  const { db } = context;
  let filtered = db.selectFrom('articles');
  if (query.status) filtered = filtered.where('status', '=', query.status);
  if (query.assignee === 'me') filtered = filtered.where('assignee_id', '=', user.id);
  else if (query.assignee) {
    filtered = filtered.where('assignee_id', 'in', db.selectFrom('users').select('id').where('username', '=', query.assignee.toLowerCase()));
  }
  if (query.author === 'me') filtered = filtered.where('author_id', '=', user.id);
  else if (query.author) {
    filtered = filtered.where('author_id', 'in', db.selectFrom('users').select('id').where('username', '=', query.author.toLowerCase()));
  }
  // Stored as ISO strings in UTC, so text order is time order.
  if (query.updatedSince) filtered = filtered.where('updated_at', '>=', new Date(query.updatedSince).toISOString());
  if (query.needsPhotos) filtered = filtered.where('needs_photos', '=', query.needsPhotos === 'true' ? 1 : 0);
  if (query.q) filtered = filtered.where(sql<boolean>`search_text like ${likePattern(query.q)} escape '!'`);

  const counted = await filtered.select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
  const rows = await filtered
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: await summarizeArticles(db, rows), total: Number(counted.count), limit: query.limit, offset: query.offset };
}

import { articleStatusSchema } from '../../shared/article';
import type { HistoryEntry } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { notFound } from '../http/server-error';

export async function articleHistory(context: DeskContext, id: string): Promise<HistoryEntry[]> {
  const exists = await context.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound('The article');
  const rows = await context.db
    .selectFrom('article_events')
    .leftJoin('users', 'users.id', 'article_events.actor_id')
    .select(['article_events.id', 'article_events.at', 'users.username', 'article_events.action', 'article_events.from_status', 'article_events.to_status', 'article_events.revision', 'article_events.note'])
    .where('article_events.article_id', '=', id)
    .orderBy('article_events.at')
    .orderBy('article_events.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.username,
    action: row.action,
    from: row.from_status === null ? null : articleStatusSchema.parse(row.from_status),
    to: articleStatusSchema.parse(row.to_status),
    revision: row.revision,
    note: row.note,
  }));
}

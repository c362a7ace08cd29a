import type { Notification } from '../../shared/server-api-review';
import type { DeskContext } from '../context';

async function present(context: DeskContext, rows: { seq: number; article_id: string; action: string; actor_id: string | null; revision: number; note: string | null; at: string; read_at: string | null }[]): Promise<Notification[]> {
  if (rows.length === 0) return [];
  const articleIds = [...new Set(rows.map((row) => row.article_id))];
  const actorIds = [...new Set(rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])))];
  const articles = await context.db.selectFrom('articles').select(['id', 'headline']).where('id', 'in', articleIds).execute();
  const actors = actorIds.length > 0 ? await context.db.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', actorIds).execute() : [];
  const headlines = new Map(articles.map((article) => [article.id, article.headline]));
  // People are told who acted by name, as the newsroom knows them (the username when no name is set).
  const names = new Map(actors.map((actor) => [actor.id, actor.display_name.trim() || actor.username]));
  return rows.map((row) => ({
    seq: Number(row.seq),
    articleId: row.article_id,
    headline: headlines.get(row.article_id) ?? '',
    action: row.action,
    actor: row.actor_id ? (names.get(row.actor_id) ?? null) : null,
    revision: row.revision,
    note: row.note,
    at: row.at,
    read: row.read_at !== null,
  }));
}

const columns = ['seq', 'article_id', 'action', 'actor_id', 'revision', 'note', 'at', 'read_at'] as const;

export async function unreadCount(context: DeskContext, userId: string): Promise<number> {
  const row = await context.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('count')).where('recipient_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Newest first, for the notifications list. */
export async function listNotifications(context: DeskContext, userId: string, query: { unread?: 'true' | 'false' | undefined; limit: number; before?: number | undefined }) {
  let rows = context.db.selectFrom('notifications').select(columns).where('recipient_id', '=', userId);
  if (query.unread === 'true') rows = rows.where('read_at', 'is', null);
  if (query.before !== undefined) rows = rows.where('seq', '<', query.before);
  const items = await present(context, await rows.orderBy('seq', 'desc').limit(query.limit).execute());
  return { items, unread: await unreadCount(context, userId) };
}

/** In stream order, after `afterSeq`: what a desk missed while it was away. */
export async function notificationsAfter(context: DeskContext, userId: string, afterSeq: number, limit = 100): Promise<Notification[]> {
  const rows = await context.db.selectFrom('notifications').select(columns).where('recipient_id', '=', userId).where('seq', '>', afterSeq).orderBy('seq', 'asc').limit(limit).execute();
  return present(context, rows);
}

export async function latestSeq(context: DeskContext, userId: string): Promise<number> {
  const row = await context.db.selectFrom('notifications').select((eb) => eb.fn.max('seq').as('seq')).where('recipient_id', '=', userId).executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}

export async function markRead(context: DeskContext, userId: string, request: { seqs?: number[] | undefined; upTo?: number | undefined }) {
  const at = context.now().toISOString();
  let marked = 0;
  if (request.seqs && request.seqs.length > 0) {
    const result = await context.db.updateTable('notifications').set({ read_at: at }).where('recipient_id', '=', userId).where('read_at', 'is', null).where('seq', 'in', request.seqs).executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  if (request.upTo !== undefined) {
    const result = await context.db.updateTable('notifications').set({ read_at: at }).where('recipient_id', '=', userId).where('read_at', 'is', null).where('seq', '<=', request.upTo).executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  return { marked, unread: await unreadCount(context, userId) };
}

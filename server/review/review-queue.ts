import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { articleStatusSchema, languageSchema } from '../../shared/article';
import { reviewQueues } from '../../shared/server-api-review';
import type { QueueItem, ReviewQueue, ReviewQueueQuery, ReviewQueueResponse } from '../../shared/server-api-review';
import type { DeskContext } from '../context';
import type { ArticleRow, Database } from '../db/schema';

type ArticleQuery = SelectQueryBuilder<Database, 'articles', object>;

const hongKongOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Midnight in Hong Kong (UTC+8 all year: no daylight saving) on the day of `now`, as UTC ISO. */
export function hongKongDayStart(now: Date): string {
  return new Date(Math.floor((now.getTime() + hongKongOffsetMs) / dayMs) * dayMs - hongKongOffsetMs).toISOString();
}

function inQueue(query: ArticleQuery, queue: ReviewQueue, dayStart: string): ArticleQuery {
  switch (queue) {
    case 'waiting':
      return query.where('status', '=', 'in_review');
    case 'approved':
      return query.where('status', '=', 'approved');
    case 'scheduled':
      return query.where('status', '=', 'scheduled');
    case 'returned':
      return query.where('status', '=', 'changes_requested');
    case 'published_today':
      return query.where((eb: ExpressionBuilder<Database, 'articles'>) => eb('status', 'in', ['published', 'corrected'])).where('published_at', '>=', dayStart);
  }
}

const sortColumns = { updated: 'updated_at', created: 'created_at', headline: 'headline' } as const;

function present(row: ArticleRow, names: Map<string, string>): QueueItem {
  return {
    id: row.id,
    headline: row.headline,
    language: languageSchema.parse(row.language),
    section: row.section,
    status: articleStatusSchema.parse(row.status),
    revision: row.revision,
    author: names.get(row.author_id) ?? '',
    needsPhotos: row.needs_photos === 1,
    publishAt: row.publish_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One queue's page plus every queue's count, all under the same section/language/author filters. */
export async function reviewQueue(context: DeskContext, query: ReviewQueueQuery): Promise<ReviewQueueResponse> {
  const { db } = context;
  const dayStart = hongKongDayStart(context.now());
  let filtered: ArticleQuery = db.selectFrom('articles');
  if (query.section) filtered = filtered.where('section', '=', query.section);
  if (query.language) filtered = filtered.where('language', '=', query.language);
  if (query.author) filtered = filtered.where('author_id', 'in', db.selectFrom('users').select('id').where('username', '=', query.author.toLowerCase()));

  const countRows = await Promise.all(reviewQueues.map(async (queue) => {
    const row = await inQueue(filtered, queue, dayStart).select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
    return [queue, Number(row.count)] as const;
  }));
  const counts = Object.fromEntries(countRows) as Record<ReviewQueue, number>;
  const rows = await inQueue(filtered, query.queue, dayStart)
    .selectAll()
    .orderBy(sortColumns[query.sort], query.order)
    .orderBy('id', query.order)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const authorIds = [...new Set(rows.map((row) => row.author_id))];
  const users = authorIds.length > 0 ? await db.selectFrom('users').select(['id', 'username']).where('id', 'in', authorIds).execute() : [];
  const names = new Map(users.map((user) => [user.id, user.username]));
  return { items: rows.map((row) => present(row, names)), total: counts[query.queue], counts, limit: query.limit, offset: query.offset };
}

/** The photo desk's queue: flagged articles, oldest request first, with the reporter's note. */
export async function photoQueue(context: DeskContext, query: { limit: number; offset: number }) {
  const { db } = context;
  const flagged = db.selectFrom('articles').where('needs_photos', '=', 1).where('status', 'in', ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled']);
  const total = await flagged.select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
  const rows = await flagged.selectAll().orderBy('created_at', 'asc').orderBy('id', 'asc').limit(query.limit).offset(query.offset).execute();
  const ids = rows.map((row) => row.id);
  const requests = ids.length > 0
    ? await db.selectFrom('article_events').select(['article_id', 'note', 'at', 'id']).where('article_id', 'in', ids).where('action', '=', 'needs_photos').orderBy('id', 'desc').execute()
    : [];
  const latest = new Map<string, { note: string | null; at: string }>();
  for (const request of requests) if (!latest.has(request.article_id)) latest.set(request.article_id, { note: request.note, at: request.at });
  const authorIds = [...new Set(rows.map((row) => row.author_id))];
  const users = authorIds.length > 0 ? await db.selectFrom('users').select(['id', 'username']).where('id', 'in', authorIds).execute() : [];
  const names = new Map(users.map((user) => [user.id, user.username]));
  const items = rows
    .map((row) => ({ ...present(row, names), requestNote: latest.get(row.id)?.note ?? null, requestedAt: latest.get(row.id)?.at ?? null }))
    .sort((a, b) => (a.requestedAt ?? a.createdAt).localeCompare(b.requestedAt ?? b.createdAt));
  return { items, total: Number(total.count) };
}

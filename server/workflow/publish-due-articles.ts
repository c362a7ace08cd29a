import type { FastifyBaseLogger } from 'fastify';
import type { DeskContext } from '../context';
import { loadArticle } from '../articles/present-article';
import { recordEvent } from '../articles/record-event';
import { retryOnConflict } from '../db/retry-on-conflict';
import { purgeExpired } from './purge-expired';

const purgeIntervalMs = 60 * 60 * 1000;

/**
 * Publishes every scheduled article whose time has come, exactly once even when several server
 * processes run this at the same moment: the UPDATE only matches a row still `scheduled`, so a
 * second process finds nothing to change (PostgreSQL re-checks the condition after the first
 * commit; SQLite serialises writers). Returns the ids this call published.
 */
export async function publishDueArticles(context: DeskContext, log?: FastifyBaseLogger): Promise<string[]> {
  const now = context.now().toISOString();
  const due = await context.db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now)
    .orderBy('publish_at')
    .limit(50)
    .execute();
  const published: string[] = [];
  for (const { id } of due) {
    try {
      const done = await retryOnConflict(() => context.db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('articles')
          .set((eb) => ({ status: 'published', published_at: now, publish_at: null, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .where('status', '=', 'scheduled')
          .where('publish_at', '<=', now)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        const { article } = await loadArticle(trx, id);
        await recordEvent(trx, { articleId: id, actorId: null, action: 'publish', from: 'scheduled', to: 'published', revision: article.revision, note: 'Published on schedule.', at: now });
        await context.hooks.published(article, trx);
        return true;
      }));
      if (done) published.push(id);
    } catch (error) {
      // One article's failing hook must not hold back the others; it stays scheduled and is retried.
      log?.error({ err: error, articleId: id }, 'scheduled publish failed');
    }
  }
  return published;
}

/**
 * Runs the publisher on an interval (and, hourly, the purge of expired rows); every server
 * process may run one. The returned stop waits
 * for a run in progress, so the database is not closed under it.
 */
export function startScheduler(context: DeskContext, intervalMs: number, log?: FastifyBaseLogger): () => Promise<void> {
  let running: Promise<void> | null = null;
  let lastPurge = 0;
  const timer = setInterval(() => {
    if (running) return;
    running = publishDueArticles(context, log)
      .then(async (ids) => {
        if (ids.length > 0) log?.info({ articleIds: ids }, 'scheduled articles published');
        if (Date.now() - lastPurge < purgeIntervalMs) return;
        lastPurge = Date.now();
        await purgeExpired(context);
      })
      .catch((error: unknown) => log?.error({ err: error }, 'scheduler run failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

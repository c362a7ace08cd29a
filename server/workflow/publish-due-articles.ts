import type { FastifyBaseLogger } from 'fastify';
import type { DeskContext } from '../context';
import { loadArticle } from '../articles/present-article';
import { retryOnConflict } from '../db/retry-on-conflict';
import { runPublicationCommand } from '../publishing/publication-command';
import { purgeExpired } from './purge-expired';

const purgeIntervalMs = 60 * 60 * 1000;

/**
 * Publishes every scheduled article whose time has come, exactly once even when several server
 * processes run this at the same moment: the publication command's UPDATE is conditional on the row
 * version, so a second process finds nothing to change (PostgreSQL re-checks the condition after
 * the first commit; SQLite serialises writers). Returns the ids this call published.
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
        const { row, article } = await loadArticle(trx, id);
        // Still scheduled and due in this transaction's view; the command's update is conditional
        // on the row version, so a second process (or a desk publishing by hand) finds nothing.
        if (row.status !== 'scheduled' || row.publish_at === null || row.publish_at > now) return false;
        const published = await runPublicationCommand(context.hooks, trx, { action: 'publish', row, article, actor: null, note: 'Published on schedule.', at: now });
        return published !== null;
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

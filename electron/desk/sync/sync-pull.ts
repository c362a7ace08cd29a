import type { PullResponse } from './sync-types';
import { articleListResponseSchema } from '../../../shared/server-api';
import type { ArticleSummary } from '../../../shared/server-api';
import { forEachLimited } from '../storage/for-each-limited';
import type { SyncEngine } from './sync-engine';

const pageSize = 100;
// Loopback answers in milliseconds; the time goes to the drafts' fsynced writes, so sixteen at
// once keeps a 200-article pull under 2 s without queueing a busy server behind one desk.
const fetchesAtOnce = 16;

/**
 * Asks the newsroom for the person's articles changed since the last pull and takes the newer
 * revisions of the linked drafts in (fast-forward or merge). `since` is the newest `updatedAt`
 * the last pull saw (the server's clock, so desk clock drift does not matter).
 */
export class SyncPull {
  private since: string | null = null;
  private running: Promise<PullResponse> | null = null;
  private readonly engine: SyncEngine;

  constructor(engine: SyncEngine) {
    this.engine = engine;
  }

  /**
   * One pull at a time: a second call while one runs gets the same answer. `spare` (the desk's
   * own timer): drafts it names (open in an editor) are left for the page's pull, which writes
   * what the editor holds first and reloads it after, so a merge never meets stale text.
   */
  pull(options: { spare?: (draftId: string) => boolean } = {}): Promise<PullResponse> {
    this.running ??= this.run(options.spare ?? (() => false)).finally(() => (this.running = null));
    return this.running;
  }

  private async run(spare: (draftId: string) => boolean): Promise<PullResponse> {
    const engine = this.engine;
    const linked = new Map(engine.records.all().flatMap((record) => (record.serverId ? [[record.serverId, record.draftId] as const] : [])));
    if (linked.size === 0 || !engine.connection.signedIn()) return { updated: [], conflicts: [] };
    const changed: ArticleSummary[] = [];
    let newest = this.since;
    let spared = false;
    for (let offset = 0; ; offset += pageSize) {
      const query: Record<string, string> = { author: 'me', limit: String(pageSize), offset: String(offset), ...(this.since ? { updatedSince: this.since } : {}) };
      const result = await engine.connection.transport.call('articles:list', { query, headers: {} });
      if (!result.ok) return { updated: [], conflicts: [] };
      const page = articleListResponseSchema.safeParse(result.value);
      if (!page.success) return { updated: [], conflicts: [] };
      for (const item of page.data.items) {
        if (newest === null || item.updatedAt > newest) newest = item.updatedAt;
        const draftId = linked.get(item.id);
        if (!draftId || !this.isNewer(draftId, item)) continue;
        if (spare(draftId)) spared = true;
        else changed.push(item);
      }
      if (page.data.items.length < pageSize) break;
    }
    const updated: string[] = [];
    const conflicts: string[] = [];
    await forEachLimited(changed, fetchesAtOnce, async (item) => {
      const draftId = linked.get(item.id);
      if (!draftId) return;
      const outcome = await engine.inOrder(draftId, async () => {
        const article = await engine.fetchArticle(item.id);
        if (!article) return 'unchanged';
        const snapshot = engine.outbox.snapshot(draftId);
        // Jobs still queued will meet the newer revision themselves (a 409, then a merge).
        if (snapshot && snapshot.jobs.length > 0 && !engine.stoppedByNewer(draftId)) {
          const record = engine.records.get(draftId);
          if (record) await engine.records.put({ ...record, server: engine.serverSide(article, article.revision, article.status) });
          return 'unchanged';
        }
        return engine.integrate(draftId, article);
      });
      if (outcome === 'updated') updated.push(draftId);
      if (outcome === 'conflict') conflicts.push(draftId);
    });
    // A spared draft must come up again in the next pull.
    if (!spared) this.since = newest;
    return { updated, conflicts };
  }

  private isNewer(draftId: string, item: ArticleSummary): boolean {
    const record = this.engine.records.get(draftId);
    const server = record?.server;
    if (!record || !server) return true;
    return item.revision > (record.conflict?.serverRevision ?? record.base?.revision ?? 0) || item.status !== server.status || item.publishAt !== server.publishAt;
  }
}

import type { DeskHandlers } from '../../../shared/desk-api';
import type { syncMethods } from '../../../shared/desk-api-sync';
import { DeskError } from '../../../shared/result';
import { serverArticleSchema } from '../../../shared/server-api';
import { callNewsroom } from '../newsroom/call-newsroom';
import type { DraftStore } from '../drafts/draft-store';
import type { OutboxClock } from '../outbox/outbox-clock';
import { systemClock } from '../outbox/outbox-clock';
import type { RetryPolicy } from '../outbox/retry-delay';
import { mergeView, resolve, saveCopy } from './merge-settle';
import { SyncEngine } from './sync-engine';
import { SyncLocks } from './sync-locks';
import { SyncPull } from './sync-pull';
import type { SyncConnection } from './sync-transport';

export type SyncHandlers = Pick<DeskHandlers, keyof typeof syncMethods>;

export interface SyncServiceOptions {
  dataDir: string;
  drafts: DraftStore;
  connection: SyncConnection;
  siteUrl?: () => string | undefined;
  clock?: OutboxClock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** How often the desk pulls while someone is signed in (a minute). */
  pullEveryMs?: number;
}

/** A draft an editor saved this recently may still be open on screen (a lock not asked for yet, a page gone without letting go). */
const editorSparingMs = 90_000;

/** The engine, the pull and the soft locks, opened and closed with the desk; the `sync:*` handlers. */
export class SyncService {
  readonly engine: SyncEngine;
  readonly pull: SyncPull;
  readonly locks: SyncLocks;
  private readonly clock: OutboxClock;
  private readonly pullEveryMs: number;
  private timer: { cancel(): void } | null = null;
  private stopListening: (() => void) | null = null;
  private closed = false;

  constructor(options: SyncServiceOptions) {
    this.engine = new SyncEngine(options);
    this.pull = new SyncPull(this.engine);
    this.clock = options.clock ?? systemClock;
    this.locks = new SyncLocks(options.connection, options.clock);
    this.pullEveryMs = options.pullEveryMs ?? 60_000;
  }

  async open(): Promise<void> {
    await this.engine.open();
  }

  /** Starts sending, pulls once (desk start) and then every minute while signed in. */
  start(): void {
    this.engine.start();
    this.stopListening = this.engine.connection.onChange(() => {
      if (!this.engine.connection.signedIn()) return;
      this.engine.signedIn();
      void this.pull.pull().catch(() => {});
    });
    this.tick();
  }

  private tick(): void {
    if (this.closed) return;
    if (this.engine.connection.signedIn()) void this.pull.pull({ spare: (draftId) => this.openInEditor(draftId) }).catch(() => {});
    this.timer = this.clock.setTimer(() => this.tick(), this.pullEveryMs);
  }

  /** Open in an editor (its soft lock asked for), or saved by one moment ago: the page pulls it. */
  private openInEditor(draftId: string): boolean {
    return this.locks.isOpen(draftId) || (this.engine.drafts.lastEditorSave(draftId) ?? 0) > Date.now() - editorSparingMs;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timer?.cancel();
    this.stopListening?.();
    await this.locks.close();
    await this.engine.close();
  }

  handlers(): SyncHandlers {
    const engine = this.engine;
    const serverIdOf = (draftId: string) => engine.records.get(draftId)?.serverId ?? null;
    return {
      'sync:submit': ({ draftId }) => engine.submit(draftId),
      'sync:send': ({ draftId }) => engine.send(draftId),
      'sync:state': ({ draftId }) => engine.state(draftId),
      'sync:list': async () => ({ items: await engine.list() }),
      'sync:pull': () => this.pull.pull(),
      'sync:retry': async ({ draftId }) => {
        // A stale update is not retried as it was: it is merged with the newsroom's newer revision.
        if (engine.stoppedByNewer(draftId)) await engine.inOrder(draftId, () => engine.takeInNewer(draftId));
        else await engine.outbox.retry(draftId);
        return engine.state(draftId);
      },
      'sync:discard': async ({ draftId }) => {
        const stopped = engine.outbox.snapshot(draftId)?.stopped;
        if (!stopped) throw new DeskError('bad_request', 'Nothing waits to be dropped: only a job the newsroom refused can be discarded.');
        await engine.inOrder(draftId, async () => {
          const record = engine.records.get(draftId);
          if (record) await engine.records.put({ ...record, pending: record.pending.filter((entry) => entry.jobId !== stopped.jobId) });
          await engine.outbox.discard(draftId, stopped.jobId);
        });
        return engine.state(draftId);
      },
      'sync:mergeView': ({ draftId }) => mergeView(engine, draftId),
      'sync:resolve': ({ draftId, serverRevision, choices }) => resolve(engine, draftId, serverRevision, choices),
      'sync:saveCopy': ({ draftId }) => saveCopy(engine, draftId),
      'sync:requestPhotos': async ({ draftId, needsPhotos, note }) => {
        const serverId = serverIdOf(draftId);
        if (!serverId) throw new DeskError('bad_request', 'Send the article to the newsroom first: the photo desk works on articles the newsroom has.');
        const body = { needsPhotos, ...(note ? { note } : {}) };
        const article = await callNewsroom(engine.connection, 'articles:needsPhotos', { params: { id: serverId }, body }, serverArticleSchema);
        return { serverId, needsPhotos: article.needsPhotos };
      },
      'sync:lock': ({ draftId, takeOver }) => this.locks.lock(draftId, serverIdOf(draftId), takeOver),
      'sync:lockState': ({ draftId }) => this.locks.lockState(draftId),
      'sync:unlock': ({ draftId }) => this.locks.unlock(draftId),
    };
  }
}

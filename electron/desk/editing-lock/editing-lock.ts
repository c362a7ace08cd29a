import { articleLockLease, lockAcquireResponseSchema, lockRenewResponseSchema } from '../../../shared/server-api';
import type { ArticleLock, LockHolder } from '../../../shared/server-api';
import { systemClock } from '../outbox/outbox-clock';
import type { OutboxClock } from '../outbox/outbox-clock';
import type { NewsroomTransport, TransportError } from '../outbox/outbox-transport';

export type LockRoute = 'articles:lockAcquire' | 'articles:lockRenew' | 'articles:lockRelease';

/**
 * Where this desk stands with one server article's soft lock:
 * - `held`: ours, renewed every 30 s (`renewFailing` while the newsroom does not answer; the
 *   lease still runs until `lock.expiresAt`);
 * - `held_by_other`: "Being edited by Chan Mei since 10:02" — the person may take over;
 * - `lost`: someone took over; unsent changes become a merge, never a loss;
 * - `unavailable`: the lock could not be asked for (offline, signed out, refused) — editing goes on
 *   locally, the outbox still guards against overwrites with If-Match;
 * - `released`: the article was closed.
 */
export type EditingLockState =
  | { state: 'opening' }
  | { state: 'held'; lock: ArticleLock; tookOverFrom: LockHolder | null; renewFailing: boolean }
  | { state: 'held_by_other'; lock: ArticleLock }
  | { state: 'lost'; message: string }
  | { state: 'unavailable'; error: TransportError }
  | { state: 'released' };

// A failed renewal is retried well inside the 90 s lease, so one lost request does not lose the lock.
const renewRetryMs = 5_000;

/** Takes, keeps and gives up one article's soft lock on the newsroom server. */
export class EditingLock {
  private current: EditingLockState = { state: 'opening' };
  private lockId: string | null = null;
  private timer: { cancel(): void } | null = null;
  private readonly listeners = new Set<(state: EditingLockState) => void>();
  private readonly transport: NewsroomTransport<LockRoute>;
  private readonly articleId: string;
  private readonly clock: OutboxClock;

  constructor(transport: NewsroomTransport<LockRoute>, articleId: string, clock: OutboxClock = systemClock) {
    this.transport = transport;
    this.articleId = articleId;
    this.clock = clock;
  }

  get state(): EditingLockState {
    return this.current;
  }

  onChange(listener: (state: EditingLockState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opening the article for editing. */
  open(): Promise<EditingLockState> {
    return this.acquire(false);
  }

  /** The person chose "Take over" from whoever holds it; the holder is told by the server. */
  takeOver(): Promise<EditingLockState> {
    return this.acquire(true);
  }

  /** Closing the article: others may edit at once instead of waiting for the lease to lapse. */
  async close(): Promise<void> {
    this.cancelTimer();
    const lockId = this.lockId;
    this.lockId = null;
    this.set({ state: 'released' });
    if (lockId) await this.transport.call('articles:lockRelease', { params: { id: this.articleId }, query: { lockId }, headers: {} });
  }

  private async acquire(takeOver: boolean): Promise<EditingLockState> {
    this.cancelTimer();
    const result = await this.transport.call('articles:lockAcquire', { params: { id: this.articleId }, body: { takeOver }, headers: {} });
    if (this.current.state === 'released') return this.current;
    if (!result.ok) return this.set({ state: 'unavailable', error: result.error });
    const answer = lockAcquireResponseSchema.safeParse(result.value);
    if (!answer.success) return this.set({ state: 'unavailable', error: { kind: 'retryable', code: 'bad_response', message: 'The newsroom answered with something that is not a Copydesk reply.' } });
    if (!answer.data.acquired) return this.set({ state: 'held_by_other', lock: answer.data.lock });
    this.lockId = answer.data.lockId;
    this.schedule(articleLockLease.renewEveryMs);
    return this.set({ state: 'held', lock: answer.data.lock, tookOverFrom: answer.data.tookOverFrom, renewFailing: false });
  }

  private async renew(): Promise<void> {
    const lockId = this.lockId;
    if (!lockId || this.current.state !== 'held') return;
    const held = this.current;
    const result = await this.transport.call('articles:lockRenew', { params: { id: this.articleId }, body: { lockId }, headers: {} });
    if (this.lockId !== lockId) return;
    if (result.ok) {
      const renewed = lockRenewResponseSchema.safeParse(result.value);
      if (renewed.success) {
        this.schedule(articleLockLease.renewEveryMs);
        this.set({ ...held, lock: renewed.data.lock, renewFailing: false });
        return;
      }
    } else if (result.error.kind === 'refused') {
      // Taken over (or gone): stop renewing; the server's sentence says by whom.
      this.lockId = null;
      this.set({ state: 'lost', message: result.error.message });
      return;
    }
    this.schedule(renewRetryMs);
    this.set({ ...held, renewFailing: true });
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      void this.renew();
    }, delayMs);
  }

  private cancelTimer(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  private set(state: EditingLockState): EditingLockState {
    this.current = state;
    for (const listener of this.listeners) listener(state);
    return state;
  }
}

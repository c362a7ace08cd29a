import type { Notification } from '../../../shared/server-api-review';
import type { NotificationsNext } from '../../../shared/desk-api-review';

const kept = 200;

/**
 * What the event stream brought in, handed on to the page by long poll (`notifications:next`)
 * and to whoever listens in the desk (Electron's desktop notifications). Keeps the last few
 * hundred in memory: the page only needs "something new, refresh", the notifications list on
 * the server is the record.
 */
export class NotificationFeed {
  private items: Notification[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly listeners = new Set<(items: Notification[]) => void>();

  constructor(private readonly live: () => boolean = () => false) {}

  /** New events from the stream, in order. */
  push(items: Notification[]): void {
    const newest = this.cursor();
    const fresh = items.filter((item) => item.seq > newest);
    if (fresh.length === 0) return;
    this.items = [...this.items, ...fresh].slice(-kept);
    for (const wake of [...this.waiters]) wake();
    for (const listener of this.listeners) listener(fresh);
  }

  onNotifications(listener: (items: Notification[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  cursor(): number {
    return this.items.at(-1)?.seq ?? 0;
  }

  /** Everything newer than `after` now, or the first that arrives within `waitMs`, or nothing. */
  async next(after: number | null, waitMs: number): Promise<NotificationsNext> {
    if (after === null) return { items: [], cursor: this.cursor(), live: this.live() };
    // A cursor from before this desk started (the page outlived a restart): hand on all that is kept.
    const from = after > this.cursor() ? 0 : after;
    const newer = () => this.items.filter((item) => item.seq > from).slice(0, 100);
    if (newer().length === 0 && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, waitMs);
        this.waiters.add(done);
      });
    }
    const items = newer();
    return { items, cursor: items.at(-1)?.seq ?? Math.max(from, this.cursor()), live: this.live() };
  }

  /** Answers every waiting poll now (the desk closing). */
  release(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

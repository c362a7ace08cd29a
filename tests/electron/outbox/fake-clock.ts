import type { OutboxClock } from '../../../electron/desk/outbox/outbox-clock';

/** A clock that moves only when the test says so; due timers fire in time order. */
export class FakeClock implements OutboxClock {
  time = 0;
  private timers: { at: number; order: number; callback: () => void; cancelled: boolean }[] = [];
  private order = 0;

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, delayMs: number): { cancel(): void } {
    const timer = { at: this.time + delayMs, order: (this.order += 1), callback, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => (timer.cancelled = true) };
  }

  /** The time the next live timer fires, if any. */
  nextTimerAt(): number | undefined {
    const live = this.timers.filter((timer) => !timer.cancelled).sort((a, b) => a.at - b.at || a.order - b.order);
    return live[0]?.at;
  }

  /** Moves to the next timer (or by `ms` at most) and fires it. */
  fireNext(): boolean {
    const at = this.nextTimerAt();
    if (at === undefined) return false;
    this.time = Math.max(this.time, at);
    const due = this.timers.filter((timer) => !timer.cancelled && timer.at <= this.time);
    this.timers = this.timers.filter((timer) => !due.includes(timer));
    for (const timer of due) timer.callback();
    return true;
  }
}

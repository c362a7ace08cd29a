/** Time as the outbox sees it: injected so tests move it by hand instead of waiting. */
export interface OutboxClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): { cancel(): void };
}

export const systemClock: OutboxClock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    return { cancel: () => clearTimeout(timer) };
  },
};

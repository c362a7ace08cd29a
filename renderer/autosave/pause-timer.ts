export interface PauseTimerOptions {
  /** Run this long after the last touch (a pause in typing). */
  quietMs: number;
  /** …and never later than this after the first touch, however steadily the person types
   * (`Infinity`: no max wait — someone else bounds it). */
  maxWaitMs: number;
  onDue: () => void;
}

export interface PauseTimer {
  /** Something changed: run `onDue` after the next pause, or at the max wait at the latest. */
  touch(): void;
  /** Drop the waiting run (the caller is about to do the work itself). */
  cancel(): void;
  readonly waiting: boolean;
}

/**
 * A debounce with a maximum wait. Waiting only for a pause would never run while someone types
 * without stopping; the max wait bounds how old the oldest unhandled change can get.
 */
export function createPauseTimer({ quietMs, maxWaitMs, onDue }: PauseTimerOptions): PauseTimer {
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let deadline: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (quiet !== null) clearTimeout(quiet);
    if (deadline !== null) clearTimeout(deadline);
    quiet = null;
    deadline = null;
  };
  const due = () => {
    cancel();
    onDue();
  };

  return {
    touch() {
      if (quiet !== null) clearTimeout(quiet);
      quiet = setTimeout(due, quietMs);
      // setTimeout treats a delay beyond 2^31 ms (Infinity too) as 0: leave such a deadline unset.
      if (deadline === null && Number.isFinite(maxWaitMs)) deadline = setTimeout(due, maxWaitMs);
    },
    cancel,
    get waiting() {
      return quiet !== null;
    },
  };
}

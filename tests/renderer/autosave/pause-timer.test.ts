import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPauseTimer } from '../../../renderer/autosave/pause-timer';

describe('createPauseTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after a pause, and at the max wait while touches keep coming', () => {
    const onDue = vi.fn();
    const timer = createPauseTimer({ quietMs: 200, maxWaitMs: 500, onDue });
    for (let touch = 0; touch < 6; touch += 1) {
      timer.touch();
      vi.advanceTimersByTime(100);
    }
    // Touched every 100 ms: no pause, but the max wait (500 ms from the first touch) ran it once.
    expect(onDue).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(onDue).toHaveBeenCalledTimes(2);
    expect(timer.waiting).toBe(false);
  });

  it('with an infinite max wait, waits for the pause only (never fires at once)', () => {
    const onDue = vi.fn();
    const timer = createPauseTimer({ quietMs: 200, maxWaitMs: Number.POSITIVE_INFINITY, onDue });
    timer.touch();
    vi.advanceTimersByTime(1);
    expect(onDue).not.toHaveBeenCalled();
    for (let touch = 0; touch < 20; touch += 1) {
      timer.touch();
      vi.advanceTimersByTime(100);
    }
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the waiting run', () => {
    const onDue = vi.fn();
    const timer = createPauseTimer({ quietMs: 200, maxWaitMs: 500, onDue });
    timer.touch();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(onDue).not.toHaveBeenCalled();
  });
});

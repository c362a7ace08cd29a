import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../electron/desk/outbox/retry-delay';

const policy = { baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 900_000 };

describe('retry delay', () => {
  it('doubles the ceiling with each attempt and never passes the cap', () => {
    const highest = () => 0.999999;
    expect(retryDelay(1, highest, policy)).toBe(999);
    expect(retryDelay(2, highest, policy)).toBe(1_999);
    expect(retryDelay(4, highest, policy)).toBe(7_999);
    expect(retryDelay(5, highest, policy)).toBe(15_999);
    expect(retryDelay(6, highest, policy)).toBe(29_999);
    expect(retryDelay(40, highest, policy)).toBe(29_999);
  });

  it('spreads waits over the whole range from zero (full jitter)', () => {
    expect(retryDelay(3, () => 0, policy)).toBe(0);
    expect(retryDelay(3, () => 0.25, policy)).toBe(1_000);
    expect(retryDelay(3, () => 0.5, policy)).toBe(2_000);
    const seen = new Set(Array.from({ length: 200 }, () => Math.floor(retryDelay(6, Math.random, policy) / 3_000)));
    // Ten buckets of 3 s across 0–30 s: random waits land in most of them, not in one.
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  it('waits at least as long as the server asked, up to a sane limit', () => {
    expect(retryDelay(1, () => 0.5, policy, 20_000)).toBe(20_000);
    expect(retryDelay(6, () => 0.9, policy, 2_000)).toBe(27_000);
    expect(retryDelay(1, () => 0.5, policy, 86_400_000)).toBe(900_000);
    expect(retryDelay(1, () => 0.5, policy, -5)).toBe(500);
  });
});

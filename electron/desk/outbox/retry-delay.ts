export interface RetryPolicy {
  /** The first retry waits up to this long; each further one doubles it. */
  baseDelayMs: number;
  /** No backoff wait is longer than this, however many attempts failed. */
  maxDelayMs: number;
  /** A server's Retry-After is honoured up to this long (a garbage header must not park a job for days). */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 15 * 60 * 1000 };

/**
 * Exponential backoff with full jitter (a random wait between 0 and the doubled ceiling): desks
 * that lost the server together do not all come back in the same instant. A Retry-After from
 * the server is a floor, not a suggestion.
 */
export function retryDelay(attempt: number, random: () => number, policy: RetryPolicy, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs));
}

import type { AttemptCounts } from './login-attempts';

export interface LoginLimits {
  /** Attempts per address (any account, any outcome) within `burstWindowMs`. */
  maxAttemptsPerAddress: number;
  burstWindowMs: number;
  /** Failed attempts per address (any account) within `failureWindowMs`. */
  maxFailuresPerAddress: number;
  failureWindowMs: number;
  /** Failures for one account from one address before each further try must wait. */
  freeFailuresPerAccount: number;
  /** The first wait after those; it doubles with every further failure, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export type LoginRefusal =
  | { reason: 'address_busy'; retryAfterMs: number }
  | { reason: 'address_failures'; retryAfterMs: number }
  | { reason: 'account_delay'; retryAfterMs: number };

/**
 * Whether an attempt may go on to the password check. An account is never blocked outright:
 * failures are counted per account *and address*, and from the guessing address each further
 * try waits twice as long as the one before, so an outsider cannot lock the chief editor out
 * and the person at their own desk is only slowed down.
 */
export function loginRefusal(counts: AttemptCounts, limits: LoginLimits, now: Date): LoginRefusal | null {
  if (counts.recentFromAddress >= limits.maxAttemptsPerAddress) return { reason: 'address_busy', retryAfterMs: limits.burstWindowMs };
  if (counts.failuresFromAddress >= limits.maxFailuresPerAddress) return { reason: 'address_failures', retryAfterMs: limits.failureWindowMs };
  const extra = counts.accountFailures - limits.freeFailuresPerAccount;
  if (extra < 0 || counts.latestAccountFailureAt === null) return null;
  const delay = Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(extra, 30));
  const waited = now.getTime() - new Date(counts.latestAccountFailureAt).getTime();
  return waited < delay ? { reason: 'account_delay', retryAfterMs: delay - waited } : null;
}

import type { DeskContext } from '../context';

/** How long a stored response answers a retried request; the desktop outbox retries well within it. */
export const idempotencyKeyLifetimeMs = 7 * 24 * 60 * 60 * 1000;
const loginAttemptLifetimeMs = 24 * 60 * 60 * 1000;

/** Drops expired sessions, old idempotency keys and old sign-in attempts, so the tables stay small. */
export async function purgeExpired(context: DeskContext): Promise<void> {
  const now = context.now().getTime();
  const before = (ms: number) => new Date(now - ms).toISOString();
  await context.db.deleteFrom('sessions').where('expires_at', '<', before(0)).execute();
  await context.db.deleteFrom('idempotency_keys').where('created_at', '<', before(idempotencyKeyLifetimeMs)).execute();
  await context.db.deleteFrom('login_attempts').where('at', '<', before(loginAttemptLifetimeMs)).execute();
}

import type { Kysely } from 'kysely';
import type { LoginResponse } from '../../shared/server-api';
import { roleSchema } from '../../shared/workflow';
import type { Database } from '../db/schema';
import { ServerError } from '../http/server-error';
import { decoyPasswordHash, verifyPassword } from './hash-password';
import { countAttempts, forgiveFailures, recordAttempt, settleAttempt } from './login-attempts';
import { loginRefusal } from './login-refusal';
import type { LoginLimits, LoginRefusal } from './login-refusal';
import { createSession } from './sessions';

export interface LoginPolicy extends LoginLimits {
  sessionTtlMs: number;
}

const wrongCredentials = () => new ServerError(401, 'unauthorized', 'The username or password is wrong.');

const refusalMessages: Record<LoginRefusal['reason'], string> = {
  address_busy: 'Too many sign-in attempts from this address. Wait a minute and try again.',
  address_failures: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
  account_delay: 'Several wrong passwords in a row: wait a little before trying again (each wrong try doubles the wait). If you forgot your password, ask the desk administrator.',
};

function refused(refusal: LoginRefusal): ServerError {
  const seconds = Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
  return new ServerError(429, 'rate_limited', refusalMessages[refusal.reason], {}, { 'retry-after': String(seconds) });
}

/**
 * Sign-in. The attempt is recorded before it is judged (see login-attempts.ts), every limit is
 * counted in the database, and a failure slows down only its own account-and-address pair.
 */
export async function login(
  db: Kysely<Database>,
  credentials: { username: string; password: string },
  policy: LoginPolicy,
  now: Date,
  address: string,
): Promise<LoginResponse> {
  const username = credentials.username.toLowerCase();
  const id = await recordAttempt(db, username, address, now);
  const refusal = loginRefusal(await countAttempts(db, { id, username, address }, now, policy), policy, now);
  if (refusal) {
    await settleAttempt(db, id, 'refused');
    throw refused(refusal);
  }

  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const matches = await verifyPassword(credentials.password, user?.password_hash ?? (await decoyPasswordHash()));
  if (!user || !matches) {
    await settleAttempt(db, id, 'failed');
    throw wrongCredentials();
  }
  await settleAttempt(db, id, 'succeeded');
  await forgiveFailures(db, username, address);
  if (user.disabled === 1) throw new ServerError(403, 'forbidden', 'This account is disabled. Ask the desk administrator.');
  const role = roleSchema.safeParse(user.role);
  if (!role.success) throw new ServerError(403, 'forbidden', 'This account has no valid role. Ask the desk administrator.');

  const session = await createSession(db, user.id, now, policy.sessionTtlMs);
  return { ...session, user: { id: user.id, username: user.username, displayName: user.display_name, role: role.data } };
}

import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { LoginResponse } from '../../shared/server-api';
import { roleSchema } from '../../shared/workflow';
import type { Database } from '../db/schema';
import { ServerError } from '../http/server-error';
import { decoyPasswordHash, verifyPassword } from './hash-password';
import { createSession } from './sessions';

export interface LoginPolicy {
  sessionTtlMs: number;
  /** Failed attempts per username within the window before further attempts are refused. */
  maxFailuresPerUser: number;
  /** Failed attempts per client address within the window, whatever the usernames. */
  maxFailuresPerAddress: number;
  failureWindowMs: number;
}

const wrongCredentials = () => new ServerError(401, 'unauthorized', 'The username or password is wrong.');

/**
 * Failed attempts are counted in the database (not process memory), per account and per
 * address, so several server processes behind a load balancer share one count and a guesser
 * cannot spread attempts across them.
 */
async function failuresSince(db: Kysely<Database>, column: 'username' | 'address', value: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where(column, '=', value)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function login(
  db: Kysely<Database>,
  credentials: { username: string; password: string },
  policy: LoginPolicy,
  now: Date,
  address: string,
): Promise<LoginResponse> {
  const username = credentials.username.toLowerCase();
  const windowStart = new Date(now.getTime() - policy.failureWindowMs).toISOString();
  if ((await failuresSince(db, 'address', address, windowStart)) >= policy.maxFailuresPerAddress) {
    throw new ServerError(429, 'rate_limited', 'Too many failed sign-ins from this address. Wait a few minutes and try again.');
  }
  if ((await failuresSince(db, 'username', username, windowStart)) >= policy.maxFailuresPerUser) {
    throw new ServerError(429, 'rate_limited', 'Too many failed sign-ins for this account. Wait a few minutes and try again.');
  }

  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const matches = await verifyPassword(credentials.password, user?.password_hash ?? (await decoyPasswordHash()));
  if (!user || !matches) {
    await db.insertInto('login_failures').values({ id: ulid(), username, address, at: now.toISOString() }).execute();
    throw wrongCredentials();
  }
  if (user.disabled === 1) throw new ServerError(403, 'forbidden', 'This account is disabled. Ask the desk administrator.');
  const role = roleSchema.safeParse(user.role);
  if (!role.success) throw new ServerError(403, 'forbidden', 'This account has no valid role. Ask the desk administrator.');

  await db.deleteFrom('login_failures').where('username', '=', username).execute();
  const session = await createSession(db, user.id, now, policy.sessionTtlMs);
  return { ...session, user: { id: user.id, username: user.username, displayName: user.display_name, role: role.data } };
}

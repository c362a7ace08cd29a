import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Database, LoginOutcome } from '../db/schema';

/** Outcomes that count as a failed guess: `pending` too, so simultaneous guesses see each other. */
const countsAsFailure: readonly LoginOutcome[] = ['pending', 'failed'];

export interface AttemptCounts {
  /** Other attempts from this address within the burst window, whatever their outcome. */
  recentFromAddress: number;
  /** Other failed (or still running) attempts from this address within the failure window. */
  failuresFromAddress: number;
  /** Other failed (or still running) attempts for this account from this address. */
  accountFailures: number;
  /** When the latest of those was made. */
  latestAccountFailureAt: string | null;
}

export interface AttemptWindows {
  burstWindowMs: number;
  failureWindowMs: number;
}

/**
 * The attempt is written first, as `pending`, and only then are the others counted: of any number
 * of simultaneous guesses each one sees all those recorded before it, so no more get through than
 * the limit allows, in any number of server processes sharing the database.
 */
export async function recordAttempt(db: Kysely<Database>, username: string, address: string, now: Date): Promise<string> {
  const id = ulid();
  await db.insertInto('login_attempts').values({ id, username, address, at: now.toISOString(), outcome: 'pending' }).execute();
  return id;
}

export async function settleAttempt(db: Kysely<Database>, id: string, outcome: Exclude<LoginOutcome, 'pending'>): Promise<void> {
  await db.updateTable('login_attempts').set({ outcome }).where('id', '=', id).execute();
}

function since(now: Date, ms: number): string {
  return new Date(now.getTime() - ms).toISOString();
}

export async function countAttempts(
  db: Kysely<Database>,
  attempt: { id: string; username: string; address: string },
  now: Date,
  windows: AttemptWindows,
): Promise<AttemptCounts> {
  const others = db.selectFrom('login_attempts').where('address', '=', attempt.address).where('id', '<>', attempt.id);
  const recent = await others
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('at', '>', since(now, windows.burstWindowMs))
    .executeTakeFirstOrThrow();
  const failures = await others
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('at', '>', since(now, windows.failureWindowMs))
    .where('outcome', 'in', countsAsFailure)
    .executeTakeFirstOrThrow();
  const account = await others
    .select((eb) => [eb.fn.countAll<string | number>().as('count'), eb.fn.max('at').as('latest')])
    .where('username', '=', attempt.username)
    .where('at', '>', since(now, windows.failureWindowMs))
    .where('outcome', 'in', countsAsFailure)
    .executeTakeFirstOrThrow();
  return {
    recentFromAddress: Number(recent.count),
    failuresFromAddress: Number(failures.count),
    accountFailures: Number(account.count),
    latestAccountFailureAt: typeof account.latest === 'string' ? account.latest : null,
  };
}

/**
 * Forgets an account's failed sign-ins from every address (an administrator's `unlock-user`, or
 * the person's own success from one address). Returns how many were forgiven.
 */
export async function forgiveFailures(db: Kysely<Database>, username: string, address?: string): Promise<number> {
  let query = db.updateTable('login_attempts').set({ outcome: 'forgiven' }).where('username', '=', username).where('outcome', 'in', countsAsFailure);
  if (address !== undefined) query = query.where('address', '=', address);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

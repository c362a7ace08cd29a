import { sql } from 'kysely';
import type { LoginResponse } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { createSession } from '../auth/sessions';
import { ServerError } from '../http/server-error';
import { databaseKind } from '../public-site/db/database-kind';
import { createUser } from '../users/user-commands';

/** Any account at all: after the first one, accounts come from an admin or the CLI. */
export async function setupNeeded(context: DeskContext): Promise<boolean> {
  const row = await context.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

// pg_advisory_xact_lock(class, key): one class per kind of lock in this server.
const firstAccountLock = [0x636f7079, 1] as const;

/**
 * The first account of a new newsroom, created from the desk's sign-in screen (as Ghost's
 * setup does): it becomes admin and is signed in at once. Refused once any account exists, so
 * it cannot be used to add a second admin; two desks trying at once get one account (PostgreSQL:
 * an advisory lock held to the commit; SQLite serialises writers by itself).
 */
export async function createFirstAccount(
  context: DeskContext,
  input: { username: string; displayName: string; password: string },
  sessionTtlMs: number,
): Promise<LoginResponse> {
  return context.db.transaction().execute(async (trx) => {
    if (databaseKind(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${firstAccountLock[0]}, ${firstAccountLock[1]})`.execute(trx);
    const any = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (any) throw new ServerError(409, 'conflict', 'This newsroom already has accounts: sign in, or ask an administrator for an account.');
    const user = await createUser(trx, { username: input.username.toLowerCase(), displayName: input.displayName, role: 'admin', password: input.password });
    const session = await createSession(trx, user.id, context.now(), sessionTtlMs);
    return { ...session, user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role } };
  });
}

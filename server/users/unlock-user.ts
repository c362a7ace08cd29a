import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { forgiveFailures } from '../auth/login-attempts';
import { ServerError } from '../http/server-error';

/**
 * An administrator lets a person sign in again at once: their failed sign-ins from every address
 * are forgiven, so no wait is left (whoever guessed has to start counting again too).
 */
export async function unlockUser(db: Kysely<Database>, username: string): Promise<{ username: string; forgivenFailures: number }> {
  const name = username.toLowerCase();
  const user = await db.selectFrom('users').select('id').where('username', '=', name).executeTakeFirst();
  if (!user) throw new ServerError(404, 'not_found', `There is no user "${name}".`);
  return { username: name, forgivenFailures: await forgiveFailures(db, name) };
}

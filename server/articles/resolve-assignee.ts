import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { ServerError } from '../http/server-error';

/** Username → user id; undefined leaves the assignee alone, null clears it. */
export async function resolveAssignee(trx: Transaction<Database>, username: string | null | undefined): Promise<string | null | undefined> {
  if (username === undefined || username === null) return username;
  const user = await trx.selectFrom('users').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst();
  if (!user) throw new ServerError(400, 'bad_request', `There is no user "${username}" to assign the article to.`, { details: [`assignee: unknown user "${username}"`] });
  return user.id;
}

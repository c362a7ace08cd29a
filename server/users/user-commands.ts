/** Operator commands on accounts (used by the CLI and by tests to set up a desk). */
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { roleSchema } from '../../shared/workflow';
import type { Role } from '../../shared/workflow';
import type { Database } from '../db/schema';
import { hashPassword } from '../auth/hash-password';
import { ServerError } from '../http/server-error';

export interface UserListing {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,79}$/;
export const passwordMinLength = 10;

export async function createUser(
  db: Kysely<Database>,
  input: { username: string; displayName: string; role: Role; password: string },
): Promise<UserListing> {
  if (!usernamePattern.test(input.username)) {
    throw new ServerError(400, 'bad_request', 'A username is 2–80 lower-case letters, digits, dots, dashes or underscores.');
  }
  if (input.password.length < passwordMinLength) {
    throw new ServerError(400, 'bad_request', `A password needs at least ${passwordMinLength} characters.`);
  }
  const existing = await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (existing) throw new ServerError(409, 'conflict', `The username "${input.username}" is taken.`);
  const row = {
    id: ulid(),
    username: input.username,
    display_name: input.displayName.trim() || input.username,
    role: roleSchema.parse(input.role),
    password_hash: await hashPassword(input.password),
    disabled: 0,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return { id: row.id, username: row.username, displayName: row.display_name, role: input.role, disabled: false, createdAt: row.created_at };
}

export async function listUsers(db: Kysely<Database>): Promise<UserListing[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: roleSchema.catch('reporter').parse(row.role),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  }));
}

async function updateUser(db: Kysely<Database>, username: string, change: { role?: Role; disabled?: number }): Promise<void> {
  const result = await db.updateTable('users').set(change).where('username', '=', username).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new ServerError(404, 'not_found', `There is no user "${username}".`);
}

export async function setUserRole(db: Kysely<Database>, username: string, role: Role): Promise<void> {
  await updateUser(db, username, { role: roleSchema.parse(role) });
}

/** Disabling also revokes every open session, so the person is signed out everywhere at once. */
export async function disableUser(db: Kysely<Database>, username: string): Promise<void> {
  await updateUser(db, username, { disabled: 1 });
  const now = new Date().toISOString();
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('revoked_at', 'is', null)
    .where('user_id', 'in', db.selectFrom('users').select('id').where('username', '=', username))
    .execute();
}

/** A new password for an account; every open session is revoked, so the old one stops working at once. */
export async function resetPassword(db: Kysely<Database>, username: string, password: string): Promise<void> {
  if (password.length < passwordMinLength) {
    throw new ServerError(400, 'bad_request', `A password needs at least ${passwordMinLength} characters.`);
  }
  const passwordHash = await hashPassword(password);
  const result = await db.updateTable('users').set({ password_hash: passwordHash }).where('username', '=', username).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new ServerError(404, 'not_found', `There is no user "${username}".`);
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('revoked_at', 'is', null)
    .where('user_id', 'in', db.selectFrom('users').select('id').where('username', '=', username))
    .execute();
}

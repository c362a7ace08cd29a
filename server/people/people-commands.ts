import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { Role } from '../../shared/workflow';
import type { SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { ServerError, notFound } from '../http/server-error';
import { createUser, disableUser, listUsers, resetPassword, setUserRole } from '../users/user-commands';
import type { UserListing } from '../users/user-commands';

/** A password to hand over once: 18 random bytes, URL-safe (24 characters). */
function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** The audit of an account change: who, what, to whom — never the password. */
async function audit(context: DeskContext, admin: SessionUser, action: string, username: string, detail: string | null): Promise<void> {
  await context.db.insertInto('people_audit').values({ id: ulid(), at: context.now().toISOString(), actor_id: admin.id, action, username, detail }).execute();
}

async function find(context: DeskContext, username: string): Promise<UserListing> {
  const person = (await listUsers(context.db)).find((user) => user.username === username);
  if (!person) throw notFound(`The user "${username}"`);
  return person;
}

/** An admin cannot lock themselves out: another admin must demote or disable them. */
function refuseSelf(admin: SessionUser, username: string, what: string): void {
  if (admin.username === username) throw new ServerError(409, 'conflict', `You cannot ${what} your own account; ask another admin.`);
}

/** The same commands as the CLI (server/users/user-commands.ts), each audited. */
export const people = {
  list: (context: DeskContext) => listUsers(context.db),
  async create(context: DeskContext, admin: SessionUser, input: { username: string; displayName: string; role: Role }) {
    const password = generatedPassword();
    const person = await createUser(context.db, { ...input, username: input.username.toLowerCase(), password });
    await audit(context, admin, 'create', person.username, `role ${person.role}`);
    return { person, password };
  },
  async setRole(context: DeskContext, admin: SessionUser, username: string, role: Role) {
    if (role !== 'admin') refuseSelf(admin, username, 'change the role of');
    await setUserRole(context.db, username, role);
    await audit(context, admin, 'set_role', username, `role ${role}`);
    return find(context, username);
  },
  async disable(context: DeskContext, admin: SessionUser, username: string) {
    refuseSelf(admin, username, 'disable');
    await disableUser(context.db, username);
    await audit(context, admin, 'disable', username, null);
    return find(context, username);
  },
  async resetPassword(context: DeskContext, admin: SessionUser, username: string) {
    const password = generatedPassword();
    await resetPassword(context.db, username, password);
    await audit(context, admin, 'reset_password', username, null);
    return { person: await find(context, username), password };
  },
};

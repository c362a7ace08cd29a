import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { roleSchema, roles } from '../../shared/workflow';
import { migrateToLatest } from '../db/migrate-to-latest';
import { openDatabase } from '../db/open-database';
import { ServerError } from '../http/server-error';
import { unlockUser } from '../users/unlock-user';
import { createUser, disableUser, listUsers, setUserRole } from '../users/user-commands';
import type { ServerSettings } from './server-settings';

export const userCommands = ['create-user', 'list-users', 'set-role', 'disable-user', 'unlock-user'] as const;
export type UserCommand = (typeof userCommands)[number];

export interface CliIo {
  readStdin(): Promise<string>;
  out(line: string): void;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new ServerError(400, 'bad_request', `Missing --${flag}.`);
  return value;
}

function role(value: string | undefined) {
  const parsed = roleSchema.safeParse(required(value, 'role'));
  if (!parsed.success) throw new ServerError(400, 'bad_request', `--role must be one of: ${roles.join(', ')}.`);
  return parsed.data;
}

/** Operator commands; the password comes only from stdin so it never sits in shell history. */
export async function runUserCommand(command: UserCommand, args: string[], settings: ServerSettings, io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const opened = openDatabase({ ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}), sqliteFile: join(settings.dataDir, 'newsroom.sqlite') });
  try {
    await migrateToLatest(opened.db, { info: () => {} });
    if (command === 'create-user') {
      if (!values['password-stdin']) throw new ServerError(400, 'bad_request', 'Give the password on standard input with --password-stdin.');
      const password = (await io.readStdin()).replace(/\r?\n$/, '');
      const username = required(values.username, 'username').toLowerCase();
      const user = await createUser(opened.db, { username, displayName: values.name ?? username, role: role(values.role), password });
      io.out(`created ${user.username} (${user.role})`);
    } else if (command === 'list-users') {
      for (const user of await listUsers(opened.db)) {
        io.out([user.username, user.role, user.disabled ? 'disabled' : 'active', user.displayName].join('\t'));
      }
    } else if (command === 'set-role') {
      const username = required(values.username, 'username').toLowerCase();
      const newRole = role(values.role);
      await setUserRole(opened.db, username, newRole);
      io.out(`${username} is now ${newRole}`);
    } else if (command === 'unlock-user') {
      const unlocked = await unlockUser(opened.db, required(values.username, 'username'));
      io.out(`${unlocked.username} may sign in again (${unlocked.forgivenFailures} failed sign-ins forgiven)`);
    } else {
      const username = required(values.username, 'username').toLowerCase();
      await disableUser(opened.db, username);
      io.out(`${username} is disabled and signed out everywhere`);
    }
  } finally {
    await opened.db.destroy();
  }
}

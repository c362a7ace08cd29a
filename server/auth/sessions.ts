import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/server-api';
import { roleSchema } from '../../shared/workflow';
import type { Database } from '../db/schema';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A random bearer token; only its hash is stored, so the table cannot be replayed. */
export async function createSession(db: Kysely<Database>, userId: string, now: Date, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt, revoked_at: null })
    .execute();
  return { token, expiresAt };
}

/** The signed-in user behind a token, or null when it is unknown, expired, revoked or disabled. */
export async function findSessionUser(db: Kysely<Database>, token: string, now: Date): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'users.disabled', 'sessions.expires_at', 'sessions.revoked_at'])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled === 1 || row.expires_at <= now.toISOString()) return null;
  const role = roleSchema.safeParse(row.role);
  if (!role.success) return null;
  return { id: row.id, username: row.username, displayName: row.display_name, role: role.data };
}

export async function revokeSession(db: Kysely<Database>, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('token_hash', '=', hashToken(token)).execute();
}

import type { Kysely, Transaction } from 'kysely';
import type { ArticleLock, SessionUser } from '../../shared/server-api';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface LockRow {
  article_id: string;
  lock_id: string;
  holder_id: string;
  taken_at: string;
  expires_at: string;
  username: string;
  display_name: string;
}

/** The lease on an article with its holder's names, live or lapsed; undefined when none was taken. */
export async function readLockRow(db: Db, articleId: string): Promise<LockRow | undefined> {
  return db
    .selectFrom('article_locks')
    .innerJoin('users', 'users.id', 'article_locks.holder_id')
    .select(['article_locks.article_id', 'article_locks.lock_id', 'article_locks.holder_id', 'article_locks.taken_at', 'article_locks.expires_at', 'users.username', 'users.display_name'])
    .where('article_locks.article_id', '=', articleId)
    .executeTakeFirst();
}

export function isLive(row: LockRow, now: Date): boolean {
  return row.expires_at > now.toISOString();
}

export function presentLock(row: LockRow, user: SessionUser): ArticleLock {
  return {
    holder: { username: row.username, displayName: row.display_name },
    since: row.taken_at,
    expiresAt: row.expires_at,
    mine: row.holder_id === user.id,
  };
}

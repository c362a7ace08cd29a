import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { databaseKind } from '../public-site/db/database-kind';

/** The events people are told about, and the channel that wakes every server process's streams. */
export const notifiableActions: ReadonlySet<string> = new Set([
  'request_changes',
  'approve',
  'schedule',
  'publish',
  'correct',
  'unpublish',
  'photos_done',
  'lock_taken_over',
  'needs_photos',
]);
export const eventsChannel = 'copydesk_events';
// Any constant: serialises the allocation of `seq` with the commit (see 0009-events).
const seqLockKey = 7_211_011;

export interface NotifiedEvent {
  eventId: string;
  articleId: string;
  actorId: string | null;
  action: string;
  revision: number;
  note: string | null;
  subjectId?: string | undefined;
  at: string;
}

/**
 * Addresses an event: to its subject when it has one (a lock holder taken over), otherwise to the
 * article's author and assignee; never to the person who acted. On PostgreSQL the transaction
 * first takes an advisory lock held to its commit, so `seq` values become visible in order and a
 * stream that has read up to `seq` N never later finds a smaller one; NOTIFY (sent at commit)
 * wakes the streams of every server process. SQLite serialises writers by itself.
 */
export async function recordNotifications(trx: Transaction<Database>, event: NotifiedEvent): Promise<void> {
  if (!notifiableActions.has(event.action)) return;
  let recipients: string[];
  if (event.subjectId) recipients = [event.subjectId];
  else if (event.action === 'needs_photos') {
    // A request for pictures goes to the photo desk: every photo editor with an active account.
    const photoDesk = await trx.selectFrom('users').select('id').where('role', '=', 'photo_editor').where('disabled', '=', 0).execute();
    recipients = photoDesk.map((user) => user.id);
  } else {
    const article = await trx.selectFrom('articles').select(['author_id', 'assignee_id']).where('id', '=', event.articleId).executeTakeFirstOrThrow();
    recipients = [article.author_id, ...(article.assignee_id ? [article.assignee_id] : [])];
  }
  const unique = [...new Set(recipients)].filter((id) => id !== event.actorId);
  if (unique.length === 0) return;
  const postgres = databaseKind(trx) === 'postgres';
  if (postgres) await sql`select pg_advisory_xact_lock(${seqLockKey})`.execute(trx);
  await trx
    .insertInto('notifications')
    .values(unique.map((recipientId) => ({
      event_id: event.eventId,
      recipient_id: recipientId,
      article_id: event.articleId,
      action: event.action,
      actor_id: event.actorId,
      revision: event.revision,
      note: event.note,
      at: event.at,
      read_at: null,
    })))
    .execute();
  if (postgres) await sql`select pg_notify(${eventsChannel}, '')`.execute(trx);
}

import type { Transaction } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Database } from '../db/schema';
import { recordNotifications } from '../notifications/record-notifications';

// Monotonic ULIDs keep a process's events in the order they happened within one millisecond.
const nextId = monotonicFactory();

export interface ArticleEvent {
  articleId: string;
  actorId: string | null;
  action: string;
  from: string | null;
  to: string;
  revision: number;
  note?: string | undefined;
  /** The person the event is addressed to, when it is not everyone (a lock holder taken over). */
  subjectId?: string | undefined;
  at: string;
}

/** The audit trail: who did what, when, from which state to which, at which revision; and who is told. */
export async function recordEvent(trx: Transaction<Database>, event: ArticleEvent): Promise<void> {
  const id = nextId();
  const note = event.note && event.note !== '' ? event.note : null;
  await trx
    .insertInto('article_events')
    .values({
      id,
      article_id: event.articleId,
      at: event.at,
      actor_id: event.actorId,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      revision: event.revision,
      note,
      ...(event.subjectId !== undefined ? { subject_id: event.subjectId } : {}),
    })
    .execute();
  await recordNotifications(trx, { eventId: id, articleId: event.articleId, actorId: event.actorId, action: event.action, revision: event.revision, note, subjectId: event.subjectId, at: event.at });
}

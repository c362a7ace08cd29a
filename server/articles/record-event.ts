import type { Transaction } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Database } from '../db/schema';

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

/** The audit trail: who did what, when, from which state to which, at which revision. */
export async function recordEvent(trx: Transaction<Database>, event: ArticleEvent): Promise<void> {
  await trx
    .insertInto('article_events')
    .values({
      id: nextId(),
      article_id: event.articleId,
      at: event.at,
      actor_id: event.actorId,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      revision: event.revision,
      note: event.note && event.note !== '' ? event.note : null,
      ...(event.subjectId !== undefined ? { subject_id: event.subjectId } : {}),
    })
    .execute();
}

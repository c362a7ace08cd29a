/**
 * The one publication command: publish, correct (a note shown on the public page) and unpublish
 * (a reason). The transition route and the scheduler both call it, inside their transaction: it
 * checks the approval, makes the conditional row update (on the row version, so of two desks or
 * scheduler processes publishing at once exactly one wins), records the event and runs the
 * PublicationHooks — a failing hook rolls the whole step back.
 */
import type { Transaction } from 'kysely';
import { transitions } from '../../shared/workflow';
import type { ServerArticle } from '../../shared/server-api';
import type { ArticleRow, ArticleUpdate, Database } from '../db/schema';
import { recordEvent } from '../articles/record-event';
import { runPublicationHook } from '../articles/run-publication-hook';
import { ServerError } from '../http/server-error';
import type { PublicationHooks } from './publication-hooks';

export type PublicationAction = 'publish' | 'correct' | 'unpublish';

export function isPublicationAction(action: string): action is PublicationAction {
  return action === 'publish' || action === 'correct' || action === 'unpublish';
}

export interface PublicationStep {
  action: PublicationAction;
  /** The row and article as loaded in this transaction. */
  row: ArticleRow;
  article: ServerArticle;
  /** null: the scheduler. */
  actor: { id: string; username: string } | null;
  note?: string | undefined;
  at: string;
}

/** Returns the article as published, or null when another writer changed the row first. */
export async function runPublicationCommand(hooks: PublicationHooks, trx: Transaction<Database>, step: PublicationStep): Promise<ServerArticle | null> {
  const { action, row, article, at } = step;
  const to = transitions[action].to;
  if (!transitions[action].from.includes(article.status)) return null;
  const change: ArticleUpdate = { status: to, version: row.version + 1, updated_at: at };
  if (action === 'publish') {
    // The status already implies an approval; check it is for this very revision.
    const approval = await trx.selectFrom('approvals').select('id').where('article_id', '=', row.id).where('revision', '=', row.revision).executeTakeFirst();
    if (!approval) throw new ServerError(409, 'conflict', 'This revision has not been approved. Approve it before publishing.');
    change.published_at = at;
    change.publish_at = null;
  }
  if (action === 'unpublish') change.publish_at = null;
  const result = await trx.updateTable('articles').set(change).where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
  if (result.numUpdatedRows === 0n) return null;
  await recordEvent(trx, { articleId: row.id, actorId: step.actor?.id ?? null, action, from: article.status, to, revision: row.revision, note: step.note, at });
  const publishedAt = change.published_at ?? article.publishedAt;
  const updated: ServerArticle = {
    ...article,
    status: to,
    version: row.version + 1,
    updatedAt: at,
    publishAt: change.publish_at !== undefined ? change.publish_at : article.publishAt,
    ...(publishedAt ? { publishedAt } : {}),
    notes: step.note ? [...article.notes, { by: step.actor?.username ?? 'scheduler', at, text: step.note }] : article.notes,
  };
  await runPublicationHook(hooks, action, updated, trx);
  return updated;
}

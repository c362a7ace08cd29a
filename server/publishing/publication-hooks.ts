/**
 * What happens on the public side when an article goes live, is corrected or is withdrawn
 * (stored rendered pages, search index, feeds). The workflow calls these inside the same
 * transaction as the state change, so a failed hook rolls the transition back and the public
 * side never disagrees with the workflow. The publish step of the scheduler calls them too.
 */
import type { Transaction } from 'kysely';
import type { ServerArticle } from '../../shared/server-api';
import type { Database } from '../db/schema';

export interface PublicationHooks {
  published(article: ServerArticle, trx: Transaction<Database>): Promise<void>;
  corrected(article: ServerArticle, trx: Transaction<Database>): Promise<void>;
  unpublished(article: ServerArticle, trx: Transaction<Database>): Promise<void>;
}

/** The default until the public site is plugged in: publishing only changes workflow state. */
export const noPublicationHooks: PublicationHooks = {
  async published() {},
  async corrected() {},
  async unpublished() {},
};

import type { Transaction } from 'kysely';
import type { WorkflowAction } from '../../shared/workflow';
import type { ServerArticle } from '../../shared/server-api';
import type { Database } from '../db/schema';
import type { PublicationHooks } from '../publishing/publication-hooks';

/** The public side follows the workflow: publish, correct and unpublish each call their hook. */
export async function runPublicationHook(hooks: PublicationHooks, action: WorkflowAction, article: ServerArticle, trx: Transaction<Database>): Promise<void> {
  if (action === 'publish') await hooks.published(article, trx);
  else if (action === 'correct') await hooks.corrected(article, trx);
  else if (action === 'unpublish') await hooks.unpublished(article, trx);
}

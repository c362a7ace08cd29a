import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ServerError } from '../http/server-error';

// Every status from approval on holds its address; a withdrawn page's URL is not handed to another story.
const holdingStatuses = ['approved', 'scheduled', 'published', 'corrected', 'unpublished'];

/**
 * A slug is one public address: refused at approval (409, naming it) when another article
 * already approved or published holds it. Drafts may share one while being written. An empty
 * slug is free: the page then lives at the article's id.
 */
export async function assertSlugFree(db: Kysely<Database>, articleId: string, slug: string): Promise<void> {
  if (slug === '') return;
  const holder = await db.selectFrom('articles').select('id').where('slug', '=', slug).where('id', '!=', articleId).where('status', 'in', holdingStatuses).executeTakeFirst();
  if (!holder) return;
  throw new ServerError(409, 'conflict', `The URL "${slug}" is already used by another article: choose a different URL and approve again.`, { details: [`slug: ${slug}`] });
}

import type { PublicDb } from '../db/public-site-tables';

/**
 * The address an article is published at: its slug, or its id when it has none. When another
 * article already holds that slug, a short piece of this article's id is added, so publishing
 * never fails or takes over someone else's page over a repeated slug.
 */
export async function resolvePublicSlug(db: PublicDb, articleId: string, slug: string): Promise<string> {
  const wanted = slug.trim() === '' ? articleId : slug.trim();
  const holder = await db.selectFrom('public_pages').select('article_id').where('slug', '=', wanted).executeTakeFirst();
  if (!holder || holder.article_id === articleId) return wanted;
  return `${wanted}-${articleId.slice(-8).toLowerCase()}`;
}

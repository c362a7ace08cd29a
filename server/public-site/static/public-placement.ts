import { z } from 'zod';
import type { PublicDb } from '../db/public-site-tables';

/** Where an article shows on the public site: what its export has to rewrite. */
export const publicPlacementSchema = z.object({
  slug: z.string(),
  state: z.enum(['live', 'gone']),
  section: z.string(),
  docId: z.number(),
  tags: z.array(z.string()),
  topics: z.array(z.string()),
  mediaIds: z.array(z.string()),
});
export type PublicPlacement = z.infer<typeof publicPlacementSchema>;

const labelsSchema = z.array(z.string()).catch([]);

export async function readPublicPlacement(db: PublicDb, articleId: string): Promise<PublicPlacement | null> {
  const page = await db.selectFrom('public_pages').select(['slug', 'state', 'section', 'doc_id', 'tags', 'topics']).where('article_id', '=', articleId).executeTakeFirst();
  if (!page) return null;
  const media = await db.selectFrom('public_media').select('media_id').where('article_id', '=', articleId).execute();
  return {
    slug: page.slug,
    state: page.state === 'live' ? 'live' : 'gone',
    section: page.section,
    docId: Number(page.doc_id),
    tags: labelsSchema.parse(JSON.parse(page.tags)),
    topics: labelsSchema.parse(JSON.parse(page.topics)),
    mediaIds: media.map((row) => row.media_id),
  };
}

/** The stored `previous` column: validated, since it is read back from disk by another process. */
export function parsePlacement(text: string | null): PublicPlacement | null {
  if (text === null) return null;
  return publicPlacementSchema.nullable().catch(null).parse(JSON.parse(text));
}

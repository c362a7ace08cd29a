import type { z } from 'zod';
import type { Section } from '../../shared/sections/section-schema';
import type { sectionWriteRequestSchema } from '../../shared/server-api';
import type { DeskContext } from '../context';

/**
 * Creates a section or renames/moves it. The slug never changes: articles and published
 * addresses hold it, so a new slug is a new section.
 */
export async function saveSection(context: DeskContext, slug: string, request: z.infer<typeof sectionWriteRequestSchema>): Promise<Section> {
  const values = { name_en: request.names.en, name_zh_hant: request.names['zh-Hant'], position: request.position, updated_at: context.now().toISOString() };
  await context.db
    .insertInto('sections')
    .values({ slug, ...values })
    .onConflict((conflict) => conflict.column('slug').doUpdateSet(values))
    .execute();
  return { slug, names: request.names, position: request.position };
}

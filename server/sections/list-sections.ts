import type { Kysely } from 'kysely';
import type { Section } from '../../shared/sections/section-schema';
import type { Database } from '../db/schema';
import { presentSection } from './present-section';

/** Every section in the order the desk and the site show them. */
export async function listSections(db: Kysely<Database>): Promise<Section[]> {
  const rows = await db.selectFrom('sections').select(['slug', 'name_en', 'name_zh_hant', 'position']).orderBy('position').orderBy('slug').execute();
  return rows.map(presentSection);
}

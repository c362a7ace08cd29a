import type { Section } from '../../shared/sections/section-schema';
import type { SectionsTable } from '../db/schema';

/** A stored row as the API and the checklist see a section. */
export function presentSection(row: Pick<SectionsTable, 'slug' | 'name_en' | 'name_zh_hant' | 'position'>): Section {
  return { slug: row.slug, names: { en: row.name_en, 'zh-Hant': row.name_zh_hant }, position: row.position };
}

import type { Language } from '../article';
import type { Section } from './section-schema';

/** A section's name in a page's or person's language; Simplified pages use the Chinese name. */
export function sectionName(section: Section, language: Language | string): string {
  return language === 'en' ? section.names.en : section.names['zh-Hant'];
}

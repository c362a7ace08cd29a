import type { Section } from './section-schema';

/** Case, width and separators folded: "Hong Kong", "hong-kong" and full-width "Ｈｏｎｇ Ｋｏｎｇ" compare equal. */
function fold(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * The section an article's `section` value means: its slug, or — for drafts written when the
 * section was free text — either of its names ("香港", "Hong Kong"). Undefined when none matches.
 */
export function findSection(sections: readonly Section[], value: string): Section | undefined {
  const wanted = fold(value);
  if (wanted === '') return undefined;
  return sections.find((section) => section.slug === value)
    ?? sections.find((section) => [section.slug, section.names.en, section.names['zh-Hant']].some((name) => fold(name) === wanted));
}

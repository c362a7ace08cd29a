import type { Language } from '../article';
import { englishSlug } from './english-slug';
import { pinyinSlug } from './pinyin-slug';

export interface SlugSource {
  id: string;
  language: Language;
  headline: string;
  /**
   * The English edition of a Chinese article, when one is known. The article model has no
   * link between editions yet, so the desk passes none today; the rule is ready for one.
   */
  englishEdition?: { slug: string; headline: string } | undefined;
}

/**
 * The slug an article gets while the person has not typed one: English from the headline;
 * Chinese from the English edition, else a short pinyin transliteration; else the id.
 */
export function suggestSlug({ id, language, headline, englishEdition }: SlugSource): string {
  const candidates = language === 'en'
    ? [() => englishSlug(headline), () => pinyinSlug(headline)]
    : [() => englishEdition?.slug.trim() ?? '', () => englishSlug(englishEdition?.headline ?? ''), () => pinyinSlug(headline)];
  for (const candidate of candidates) {
    const slug = candidate();
    if (slug !== '') return slug;
  }
  return englishSlug(id);
}

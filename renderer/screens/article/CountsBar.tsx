import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleBody } from '../../../shared/article';
import { countText } from '../../../shared/text/count-text';
import { documentText } from '../../../shared/text/document-text';
import { useDebouncedValue } from '../../preview/use-debounced-value';

// Counting a long article takes tens of milliseconds: do it once typing pauses, not per change.
const countDelayMs = 600;

/** Characters for Chinese, words for English, reading time: counted on the body as saved. */
export function CountsBar({ body, standfirst }: { body: ArticleBody; standfirst: string }) {
  const { t, i18n } = useTranslation('article');
  const settledBody = useDebouncedValue(body, countDelayMs);
  const settledStandfirst = useDebouncedValue(standfirst, countDelayMs);
  const counts = useMemo(() => countText(`${settledStandfirst}\n${documentText(settledBody)}`), [settledBody, settledStandfirst]);
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <footer className="counts-bar" aria-label={t('counts')}>
      <span>{t('chineseCharacters', { count: counts.chineseCharacters, formatted: number(counts.chineseCharacters) })}</span>
      <span>{t('englishWords', { count: counts.englishWords, formatted: number(counts.englishWords) })}</span>
      <span>{t('readingTime', { count: counts.readingMinutes })}</span>
    </footer>
  );
}

import { useTranslation } from 'react-i18next';

/**
 * The headline's length against the site's limit: amber near it, red and explained past it.
 * Everything typed is kept; the count says how much to cut before approval.
 */
export function HeadlineCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t, i18n } = useTranslation('article');
  const number = (value: number) => value.toLocaleString(i18n.language);
  const over = length - max;
  const state = over > 0 ? ' field__count--over' : length > max * 0.9 ? ' field__count--near' : '';
  return (
    <p id={id} className={`field__count${state}`} aria-live="polite">
      {t('headlineCount', { length: number(length), max: number(max) })}
      {over > 0 ? <span className="field__count-note">{t('headlineOver', { over: number(over) })}</span> : null}
    </p>
  );
}

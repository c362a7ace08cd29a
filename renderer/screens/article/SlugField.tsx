import { useTranslation } from 'react-i18next';
import { slugProblem } from '../../../shared/slug/slug-problem';

/** The article's public address (`/articles/<slug>`), filled from the headline until edited. */
export function SlugField({ value, onChange }: { value: string; onChange: (slug: string) => void }) {
  const { t } = useTranslation('article');
  const problem = slugProblem(value);
  const hintId = 'field-slug-hint';
  const errorId = 'field-slug-error';
  return (
    <div className="field field--slug">
      <label className="field__label" htmlFor="field-slug">
        {t('slug')}
      </label>
      <input
        id="field-slug"
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem ? (
        <p id={errorId} className="field__error">
          {problem.code === 'slug_too_long' ? t('slugTooLong', { length: problem.length, max: problem.max }) : t('slugInvalid')}
        </p>
      ) : null}
      <p id={hintId} className="field__hint">
        {t('slugHint')}
      </p>
    </div>
  );
}

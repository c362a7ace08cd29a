import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { sanitizeUrl } from '../../../shared/url/sanitize-url';

interface LeadImageEditorProps {
  image: ImageRef | null;
  onChange: (image: ImageRef | null) => void;
  /** Opens the image picker; absent when image intake is unavailable. */
  onPick?: () => void;
  busy: boolean;
}

/** The lead image with its own Caption, Credit and Alt text; set, replace or remove. */
export function LeadImageEditor({ image, onChange, onPick, busy }: LeadImageEditorProps) {
  const { t } = useTranslation('article');
  if (!image) {
    return (
      <section className="lead-image lead-image--empty" aria-label={t('leadImage')}>
        <div>
          <h2 className="field__label lead-image__heading">{t('leadImage')}</h2>
          <p className="lead-image__empty-text">{t('leadImageEmpty')}</p>
        </div>
        {onPick ? (
          <button id="field-leadImage" type="button" className="button" disabled={busy} onClick={onPick}>
            {busy ? t('importing') : t('setLeadImage')}
          </button>
        ) : null}
      </section>
    );
  }
  const src = sanitizeUrl(image.src, { allowRelative: true }) ?? '';
  const field = (name: 'caption' | 'credit' | 'alt', label: string, max: number) => (
    <div className="field">
      <label className="field__label" htmlFor={`field-leadImage-${name}`}>
        {label}
      </label>
      <input id={`field-leadImage-${name}`} value={image[name]} maxLength={max} onChange={(event) => onChange({ ...image, [name]: event.target.value })} />
    </div>
  );
  return (
    <section className="lead-image" aria-label={t('leadImage')}>
      <div className="lead-image__picture">{src ? <img src={src} alt={image.alt} /> : null}</div>
      <div className="lead-image__fields">
        <h2 className="field__label lead-image__heading">{t('leadImage')}</h2>
        {field('caption', t('editor:caption'), limits.captionMax)}
        {field('credit', t('editor:credit'), limits.creditMax)}
        {field('alt', t('editor:altText'), limits.altMax)}
        <div className="lead-image__actions">
          {onPick ? (
            <button type="button" className="button" disabled={busy} onClick={onPick}>
              {busy ? t('importing') : t('replaceLeadImage')}
            </button>
          ) : null}
          <button type="button" className="button button--quiet button--danger" onClick={() => onChange(null)}>
            {t('removeLeadImage')}
          </button>
        </div>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import { sanitizeUrl } from '../../../shared/url/sanitize-url';
import { ImageError } from './ImageError';

interface LeadImageEditorProps {
  image: ImageRef | null;
  onChange: (image: ImageRef | null) => void;
  /** Opens the image picker; absent when image intake is unavailable. */
  onPick?: () => void;
  busy: boolean;
  /** Why the last image picked for this slot was refused, shown here rather than far away. */
  error: string | null;
  onDismissError: () => void;
}

/** The lead image with its own Caption, Credit and Alt text; set, replace or remove. */
export function LeadImageEditor({ image, onChange, onPick, busy, error, onDismissError }: LeadImageEditorProps) {
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
        {error ? <ImageError message={error} onDismiss={onDismissError} /> : null}
      </section>
    );
  }
  const src = sanitizeUrl(image.src, { allowRelative: true }) ?? '';
  // No maxLength: a pasted caption is kept whole; the checklist flags one over the limit.
  const field = (name: 'caption' | 'credit' | 'alt', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`field-leadImage-${name}`}>
        {label}
      </label>
      <input id={`field-leadImage-${name}`} value={image[name]} onChange={(event) => onChange({ ...image, [name]: event.target.value })} />
    </div>
  );
  return (
    <section className="lead-image" aria-label={t('leadImage')}>
      <div className="lead-image__picture">{src ? <img src={src} alt={image.alt} /> : null}</div>
      <div className="lead-image__fields">
        <h2 className="field__label lead-image__heading">{t('leadImage')}</h2>
        {field('caption', t('editor:caption'))}
        {field('credit', t('editor:credit'))}
        {field('alt', t('editor:altText'))}
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
        {error ? <ImageError message={error} onDismiss={onDismissError} /> : null}
      </div>
    </section>
  );
}

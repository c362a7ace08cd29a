import { useTranslation } from 'react-i18next';
import type { RelatedLink } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { sanitizeUrl } from '../../../shared/url/sanitize-url';

/** Related News: title + address rows that can be reordered and removed. */
export function RelatedLinksEditor({ links, onChange }: { links: RelatedLink[]; onChange: (links: RelatedLink[]) => void }) {
  const { t } = useTranslation('article');

  const update = (index: number, patch: Partial<RelatedLink>) => onChange(links.map((link, at) => (at === index ? { ...link, ...patch } : link)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= links.length) return;
    const next = [...links];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(target, 0, moved);
    onChange(next);
  };

  return (
    <fieldset className="related-links">
      <legend className="field__label">{t('relatedLinks')}</legend>
      {links.length === 0 ? <p className="field__hint">{t('relatedLinksEmpty')}</p> : null}
      <ol className="related-links__list">
        {links.map((link, index) => {
          const url = link.url ?? '';
          const invalid = link.articleId === undefined && url.trim() !== '' && sanitizeUrl(url, { protocols: ['http:', 'https:'] }) === null;
          const errorId = `related-link-error-${index}`;
          return (
            <li key={index} className="related-links__row">
              <span className="related-links__number" aria-hidden="true">
                {index + 1}
              </span>
              <input
                className="related-links__title"
                aria-label={t('relatedLinkTitle')}
                value={link.title}
                placeholder={t('relatedLinkTitle')}
                onChange={(event) => update(index, { title: event.target.value })}
              />
              <input
                id={`related-link-url-${index}`}
                className="related-links__url"
                type="url"
                aria-label={t('relatedLinkUrl')}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                value={url}
                placeholder="https://"
                onChange={(event) => update(index, { url: event.target.value })}
              />
              <div className="related-links__actions">
                <button type="button" className="icon-button" aria-label={t('moveLinkUp', { number: index + 1 })} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={t('moveLinkDown', { number: index + 1 })} disabled={index === links.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" className="icon-button icon-button--danger" aria-label={t('removeLink', { number: index + 1 })} onClick={() => onChange(links.filter((_, at) => at !== index))}>
                  ✕
                </button>
              </div>
              {invalid ? (
                <p id={errorId} className="field__error related-links__error">
                  {t('relatedLinkInvalid')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        disabled={links.length >= limits.relatedLinksMax}
        onClick={() => onChange([...links, { title: '', url: '' }])}
      >
        {t('addRelatedLink')}
      </button>
    </fieldset>
  );
}

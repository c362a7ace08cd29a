import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../shared/desk-api';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { errorMessage } from '../../i18n/error-message';
import './drafts.css';

export function DraftsScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('drafts');
  const desk = useDesk();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<DeskErrorBody | null>(null);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    let cancelled = false;
    void desk.call('drafts:list', {}).then((result) => {
      if (cancelled) return;
      if (result.ok) setDrafts(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [desk, version]);

  const create = async () => {
    const result = await desk.call('drafts:create', { language: i18n.language === 'en' ? 'en' : 'zh-Hant' });
    if (result.ok) onOpen(result.value.id);
    else setError(result.error);
  };

  const remove = async (id: string) => {
    const result = await desk.call('drafts:delete', { id });
    if (!result.ok) setError(result.error);
    reload();
  };

  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <div className="drafts__bar">
        <h1 id="drafts-title">{t('title')}</h1>
        <button type="button" className="button button--primary" onClick={() => void create()}>
          {t('newArticle')}
        </button>
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {errorMessage(t, error)}
        </p>
      )}
      {drafts === null ? (
        <p>{t('common:loading')}</p>
      ) : drafts.length === 0 ? (
        <p className="drafts__empty">{t('empty')}</p>
      ) : (
        <ul className="drafts__list" aria-label={t('listLabel')}>
          {drafts.map((draft) => (
            <li key={draft.id} className="drafts__item">
              <a className="drafts__headline" href={`#/article/${draft.id}`}>
                {draft.headline || t('common:untitled')}
              </a>
              <span className="drafts__meta">
                {t(`common:languages.${draft.language}`)} · {new Date(draft.updatedAt).toLocaleString(i18n.language)}
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('deleteDraft', { headline: draft.headline || t('common:untitled') })}
                onClick={() => void remove(draft.id)}
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

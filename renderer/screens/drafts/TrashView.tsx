import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedDraftSummary } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { DeskNotices } from '../../app/DeskNotices';

interface Props {
  onBack: () => void;
  /** Settles when deletions asked for on the drafts list are done, so the trash lists them. */
  after?: () => Promise<void>;
}

/** Deleted drafts, restorable for 30 days; "Empty trash" asks before deleting for good. */
export function TrashView({ onBack, after }: Props) {
  const { t, i18n } = useTranslation('drafts');
  const desk = useDesk();
  const [items, setItems] = useState<TrashedDraftSummary[] | null>(null);
  const [error, setError] = useState<DeskErrorBody | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');

  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    let cancelled = false;
    const ready = after ? after() : Promise.resolve();
    void ready.then(() => desk.call('drafts:listTrash', {})).then((result) => {
      if (cancelled) return;
      if (result.ok) setItems(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [desk, version, after]);

  const restore = async (item: TrashedDraftSummary) => {
    const result = await desk.call('drafts:untrash', { id: item.draft.id });
    if (!result.ok) return setError(result.error);
    setNotice(t('trash.restored', { headline: item.draft.headline || t('common:untitled') }));
    load();
  };

  const emptyTrash = async () => {
    setConfirming(false);
    const result = await desk.call('drafts:emptyTrash', {});
    if (!result.ok) return setError(result.error);
    setNotice(t('trash.emptied'));
    load();
  };

  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language);
  return (
    <section className="drafts" aria-labelledby="trash-title">
      <div className="drafts__bar">
        <h1 id="trash-title">{t('trash.title')}</h1>
        <div className="drafts__actions">
          <button type="button" className="button button--quiet" onClick={onBack}>
            {t('trash.back')}
          </button>
          <button type="button" className="button button--danger" disabled={!items || items.length === 0} onClick={() => setConfirming(true)}>
            {t('trash.emptyTrash')}
          </button>
        </div>
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="trash-confirm" className="notice notice--error drafts__confirm">
          <p id="trash-confirm">{t('trash.confirm', { count: items?.length ?? 0 })}</p>
          <button type="button" className="button button--danger" onClick={() => void emptyTrash()}>
            {t('trash.confirmYes')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            {t('trash.cancel')}
          </button>
        </div>
      ) : null}
      <DeskNotices error={error} notice={notice} />
      {items === null ? (
        <p>{t('common:loading')}</p>
      ) : items.length === 0 ? (
        <p className="drafts__empty">{t('trash.empty')}</p>
      ) : (
        <ul className="drafts__list" aria-label={t('trash.listLabel')}>
          {items.map((item) => {
            const headline = item.draft.headline || t('common:untitled');
            return (
              <li key={item.draft.id} className="drafts__item">
                <div className="drafts__text">
                  <span className="drafts__headline">{headline}</span>
                  <span className="drafts__meta">{t('trash.deletedAt', { date: date(item.trashedAt), purge: date(item.purgeAt) })}</span>
                </div>
                <button type="button" className="button" aria-label={t('trash.restoreDraft', { headline })} onClick={() => void restore(item)}>
                  {t('trash.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

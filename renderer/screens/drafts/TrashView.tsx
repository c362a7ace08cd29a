import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedDraftSummary } from '../../../shared/desk-api-drafts';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { DeskNotices } from '../../app/DeskNotices';

interface Props {
  onBack: () => void;
  /** Settles when deletions asked for on the drafts list are done, so the trash lists them. */
  after?: () => Promise<void>;
}

/** Deleted drafts, restorable for 30 days; "Empty trash" asks before deleting for good. */
export function TrashView({ onBack, after }: Props) {
  const { t, i18n } = useTranslation('drafts');
  const trash = useDeskQuery('drafts:listTrash', {}, after ? { before: after } : {});
  const untrash = useDeskMutation('drafts:untrash', ['drafts:listTrash', 'drafts:search']);
  const empty = useDeskMutation('drafts:emptyTrash', ['drafts:listTrash']);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const items = trash.data ?? null;
  const error = (untrash.error ?? empty.error ?? trash.error)?.body ?? null;

  const restore = (item: TrashedDraftSummary) =>
    untrash.mutate({ id: item.draft.id }, { onSuccess: () => setNotice(t('trash.restored', { headline: item.draft.headline || t('common:untitled') })) });

  const emptyTrash = () => {
    setConfirming(false);
    empty.mutate({}, { onSuccess: () => setNotice(t('trash.emptied')) });
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
          <button type="button" className="button button--danger" onClick={emptyTrash}>
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
                <button type="button" className="button" aria-label={t('trash.restoreDraft', { headline })} onClick={() => restore(item)}>
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

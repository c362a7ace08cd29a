import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantinedDraftSummary } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { useDeskQuery, useInvalidateDesk } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';

/** Tells the person which drafts were found damaged and offers each one's last good revision. */
export function QuarantineBanner({ onRecovered }: { onRecovered: () => void }) {
  const { t, i18n } = useTranslation('drafts');
  const desk = useDesk();
  const quarantined = useDeskQuery('drafts:quarantined', {});
  const items: QuarantinedDraftSummary[] = quarantined.data ?? [];
  const [error, setError] = useState<DeskErrorBody | null>(null);
  const invalidate = useInvalidateDesk();
  const load = useCallback(() => void invalidate('drafts:quarantined'), [invalidate]);

  const recover = async (id: string) => {
    const result = await desk.call('drafts:recover', { id });
    if (!result.ok) return setError(result.error);
    load();
    onRecovered();
  };

  const dismiss = async (id: string) => {
    await desk.call('drafts:dismissQuarantined', { id });
    load();
  };

  if (items.length === 0 && !error) return null;
  const time = (value: string) => new Date(value).toLocaleString(i18n.language);
  return (
    <div role="alert" className="notice notice--error drafts__quarantine">
      {items.map((item) => (
        <div key={item.file} className="drafts__quarantine-item">
          <p>{t('quarantine.notice', { headline: item.headline || t('common:untitled'), date: time(item.quarantinedAt) })}</p>
          {item.lastGoodRevision ? (
            <button type="button" className="button button--primary" onClick={() => void recover(item.id)}>
              {t('quarantine.restore', { date: time(item.lastGoodRevision.takenAt) })}
            </button>
          ) : (
            <p>{t('quarantine.noRevision')}</p>
          )}
          <button type="button" className="button button--quiet" onClick={() => void dismiss(item.id)}>
            {t('quarantine.dismiss')}
          </button>
        </div>
      ))}
      {error ? <p>{errorMessage(t, error)}</p> : null}
    </div>
  );
}

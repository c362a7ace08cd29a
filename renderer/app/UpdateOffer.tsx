import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskErrorBody } from '../../shared/result';
import { useDesk } from '../api/desk-context';
import { useDeskEvent } from '../api/use-desk-event';
import { useDeskQuery } from '../api/use-desk-query';
import { DeskNotices } from './DeskNotices';

/**
 * "Restart to update", once the desktop app has downloaded a new version. Shown on the drafts
 * list only, where no editor holds unsaved text; the desk still refuses while a draft is being
 * written or outbox jobs wait, and says why.
 */
export function UpdateOffer() {
  const { t } = useTranslation('updates');
  const desk = useDesk();
  const status = useDeskQuery('updates:status', {});
  const [announced, setVersion] = useState<string | null>(null);
  const version = announced ?? (status.data?.state === 'ready' ? (status.data.version ?? null) : null);
  const [restarting, setRestarting] = useState(false);
  const [error, setError] = useState<DeskErrorBody | null>(null);

  useDeskEvent('update:ready', (ready) => setVersion(ready.version));

  if (!version) return null;
  const restart = async () => {
    setRestarting(true);
    const result = await desk.call('updates:restart', {});
    if (!result.ok) {
      setRestarting(false);
      setError(result.error);
    }
  };
  return (
    <div className="update-offer">
      <p role="status" className="update-offer__text">
        {t('ready', { version })}
      </p>
      <button type="button" className="button button--primary" disabled={restarting} onClick={() => void restart()}>
        {restarting ? t('restarting') : t('restart')}
      </button>
      <DeskNotices error={error} />
    </div>
  );
}

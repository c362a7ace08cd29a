import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskErrorBody } from '../../shared/result';
import { useDesk } from '../api/desk-context';
import { useDeskEvent } from '../api/use-desk-event';
import { DeskNotices } from './DeskNotices';

/**
 * "Restart to update", once the desktop app has downloaded a new version. Shown on the drafts
 * list only, where no editor holds unsaved text; the desk still refuses while a draft is being
 * written or outbox jobs wait, and says why.
 */
export function UpdateOffer() {
  const { t } = useTranslation('updates');
  const desk = useDesk();
  const [version, setVersion] = useState<string | null>(null);
  const [restarting, setRestarting] = useState(false);
  const [error, setError] = useState<DeskErrorBody | null>(null);

  useEffect(() => {
    let cancelled = false;
    void desk.call('updates:status', {}).then((result) => {
      if (!cancelled && result.ok && result.value.state === 'ready' && result.value.version) setVersion(result.value.version);
    });
    return () => {
      cancelled = true;
    };
  }, [desk]);
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

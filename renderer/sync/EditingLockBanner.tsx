import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../api/desk-context';
import { useDeskMutation, useDeskQuery, useInvalidateDesk } from '../api/use-desk-query';
import './sync.css';

/**
 * The soft lock of a draft that is on the newsroom: taken when the article opens, given back when
 * it closes (the desk renews it meanwhile). Someone else's shows "Being edited by … since …" with
 * Take over; a lock lost to someone says who, and that the unsent changes will merge, not vanish.
 */
export function EditingLockBanner({ draftId }: { draftId: string }) {
  const { t, i18n } = useTranslation('sync');
  const desk = useDesk();
  const invalidate = useInvalidateDesk();
  const view = useDeskQuery('sync:lockState', { draftId }, { refetchInterval: 10_000 });
  const lock = useDeskMutation('sync:lock', ['sync:lockState']);

  useEffect(() => {
    // Taking the lock is an action of opening the article, and giving it back one of leaving it.
    void desk.call('sync:lock', { draftId }).then(() => invalidate('sync:lockState'));
    return () => {
      void desk.call('sync:unlock', { draftId });
    };
  }, [desk, draftId, invalidate]);

  const current = view.data;
  if (!current) return null;
  const time = (value: string) => new Date(value).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  if (current.state === 'held_by_other') {
    const name = current.lock.holder.displayName;
    return (
      <div className="lock-banner" aria-live="polite">
        <span>{t('lock.heldByOther', { name, time: time(current.lock.since) })}</span>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(t('lock.confirmTakeOver', { name }))) lock.mutate({ draftId, takeOver: true });
          }}
        >
          {t('lock.takeOver')}
        </button>
      </div>
    );
  }
  if (current.state === 'lost') {
    return (
      <div className="lock-banner" role="alert">
        {current.by ? t('lock.lost', { name: current.by.displayName }) : t('lock.lostUnknown')}
      </div>
    );
  }
  if (current.state === 'held' && current.tookOverFrom) {
    return (
      <div className="lock-banner" aria-live="polite">
        {t('lock.tookOver', { name: current.tookOverFrom.displayName })}
      </div>
    );
  }
  return null;
}

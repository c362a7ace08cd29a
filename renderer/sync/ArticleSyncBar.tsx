import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../shared/desk-api-sync';
import { useDeskMutation, useDeskQuery } from '../api/use-desk-query';
import { errorMessage } from '../i18n/error-message';
import { PhotoRequest } from './PhotoRequest';
import { PublicPageLink } from './PublicPageLink';
import { SyncBadge } from './SyncBadge';
import './sync.css';

interface Props {
  draftId: string;
  /** Writes what is still pending in the editor, so what is sent is what is on screen. */
  flush: () => Promise<void>;
  onSettle: () => void;
}

const afterSend = ['sync:state', 'sync:list'] as const;

/** While work is under way the state is asked for often; otherwise now and then (pulls change it too). */
function pollEvery(state: SyncState | undefined): number {
  if (state?.state === 'sending') return 500;
  if (state?.state === 'waiting') return 2_000;
  return 15_000;
}

/** The draft's standing with the newsroom on the article screen, and what the person can do about it. */
export function ArticleSyncBar({ draftId, flush, onSettle }: Props) {
  const { t } = useTranslation('sync');
  const state = useDeskQuery('sync:state', { draftId }, { refetchInterval: pollEvery });
  const submit = useDeskMutation('sync:submit', afterSend);
  const send = useDeskMutation('sync:send', afterSend);
  const retry = useDeskMutation('sync:retry', afterSend);
  const discard = useDeskMutation('sync:discard', afterSend);
  const failure = submit.error ?? send.error ?? retry.error ?? discard.error ?? state.error;
  const current = state.data;
  if (!current) return failure ? <p role="alert" className="notice notice--error">{errorMessage(t, failure.body)}</p> : null;

  const act = async (mutation: typeof submit) => {
    await flush();
    mutation.mutate({ draftId });
  };
  const publicUrl = current.state === 'published' ? current.publicUrl : null;
  const progress = current.state === 'sending' ? current.progress : null;

  return (
    <div className="sync-bar" role="region" aria-label={t('label')}>
      <p aria-live="polite" className="sync-bar__state">
        <SyncBadge state={current} />
      </p>
      {progress && progress.totalBytes > 0 ? (
        <>
          <progress aria-label={t('progressLabel')} value={progress.sentBytes} max={progress.totalBytes} />
          <span>{t('progress', { files: progress.filesDone, total: progress.filesTotal })}</span>
        </>
      ) : null}
      <div className="sync-bar__actions">
        {current.state === 'waiting' && current.reason === 'signed_out' ? (
          <a className="button" href="#/newsroom">
            {t('signIn')}
          </a>
        ) : null}
        {current.state === 'local_only' || current.state === 'returned' ? (
          <button type="button" className="button button--primary" disabled={submit.isPending} onClick={() => void act(submit)}>
            {t('submit')}
          </button>
        ) : null}
        {current.state === 'sent' || current.state === 'changed_on_server' ? (
          <button type="button" className="button" disabled={send.isPending} onClick={() => void act(send)}>
            {t('send')}
          </button>
        ) : null}
        {current.state === 'stopped' ? (
          <>
            <button type="button" className="button" onClick={() => void act(retry)}>
              {t('retry')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => discard.mutate({ draftId })}>
              {t('discard')}
            </button>
          </>
        ) : null}
        {current.state === 'conflict' ? (
          <button type="button" className="button button--primary" onClick={onSettle}>
            {t('settle')}
          </button>
        ) : null}
        <PublicPageLink url={publicUrl} label={t('publicLink')} />
      </div>
      {'serverId' in current ? <PhotoRequest draftId={draftId} /> : null}
      {failure ? <p role="alert" className="notice notice--error">{errorMessage(t, failure.body)}</p> : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';

export interface RestoreNoticeState {
  message: string;
  /** The revision holding the text from just before the restore; null once undone. */
  undoRevisionId: string | null;
}

interface Props {
  notice: RestoreNoticeState;
  onUndo: (revisionId: string) => void;
  onDismiss: () => void;
}

/**
 * What a restore did, with Undo. It stays until dismissed: a restore replaces the whole text,
 * and a notice that fades could be missed while the person reads the restored version.
 */
export function RestoreNotice({ notice, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('history');
  const { undoRevisionId } = notice;
  return (
    <div role="status" className="notice history-panel__notice">
      <p>{notice.message}</p>
      <div className="history-panel__notice-actions">
        {undoRevisionId ? (
          <button type="button" className="button button--primary" aria-label={t('undoLabel')} onClick={() => onUndo(undoRevisionId)}>
            {t('undo')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

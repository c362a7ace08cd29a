import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionDetail, RevisionSummary } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { useDeskQuery, useInvalidateDesk } from '../../api/use-desk-query';
import { DeskNotices } from '../../app/DeskNotices';
import { RestoreNotice, type RestoreNoticeState } from './RestoreNotice';
import { RevisionChanges } from './RevisionChanges';
import { RevisionCompare } from './RevisionCompare';
import './history.css';

interface Props {
  draftId: string;
  /** Writes what is still pending in the editor, so the restore keeps it as a revision. */
  beforeRestore: () => Promise<void>;
  onRestored: () => void;
}

/**
 * The draft's revisions (time, words, characters), what changed since each, Restore with Undo,
 * and a comparison of any two versions.
 */
export function HistoryPanel({ draftId, beforeRestore, onRestored }: Props) {
  const { t, i18n } = useTranslation('history');
  const desk = useDesk();
  const history = useDeskQuery('drafts:history', { id: draftId });
  const revisions: RevisionSummary[] | null = history.data ?? null;
  const invalidate = useInvalidateDesk();
  const [selected, setSelected] = useState<RevisionDetail | null>(null);
  const [error, setError] = useState<DeskErrorBody | null>(null);
  const [notice, setNotice] = useState<RestoreNoticeState | null>(null);
  const time = useCallback((value: string) => new Date(value).toLocaleString(i18n.language), [i18n.language]);
  // With the counts, two revisions kept in the same second still read differently in the compare lists.
  const describe = useCallback(
    (revision: RevisionSummary) => `${time(revision.takenAt)} · ${t(`reasons.${revision.reason}`)} · ${t('counts', { words: revision.words, characters: revision.characters })}`,
    [t, time],
  );


  const select = async (revision: RevisionSummary) => {
    await beforeRestore();
    const result = await desk.call('drafts:revision', { id: draftId, revisionId: revision.id });
    if (result.ok) setSelected(result.value);
    else setError(result.error);
  };

  /** Restores `revisionId`; `message` says what happened, `undoable` offers Undo afterwards. */
  const restoreRevision = async (revisionId: string, message: string, undoable: boolean) => {
    await beforeRestore();
    const result = await desk.call('drafts:restore', { id: draftId, revisionId });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSelected(null);
    setNotice({ message, undoRevisionId: undoable ? result.value.replacedRevisionId : null });
    await invalidate('drafts:history');
    onRestored();
  };

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('title')}</h2>
      <DeskNotices error={error ?? history.error?.body ?? null} />
      {notice ? (
        <RestoreNotice
          notice={notice}
          onUndo={(revisionId) => void restoreRevision(revisionId, t('undone'), false)}
          onDismiss={() => setNotice(null)}
        />
      ) : null}
      {revisions === null ? (
        <p>{t('common:loading')}</p>
      ) : revisions.length === 0 ? (
        <p className="history-panel__empty">{t('empty')}</p>
      ) : (
        <ol className="history-panel__list" aria-label={t('listLabel')}>
          {revisions.map((revision) => (
            <li key={revision.id}>
              <button
                type="button"
                className={`history-panel__revision${selected?.info.id === revision.id ? ' history-panel__revision--on' : ''}`}
                aria-pressed={selected?.info.id === revision.id}
                onClick={() => void select(revision)}
              >
                <span className="history-panel__time">{time(revision.takenAt)}</span>
                <span className="history-panel__meta">
                  {t(`reasons.${revision.reason}`)} · {t('counts', { words: revision.words, characters: revision.characters })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {selected ? (
        <div className="history-panel__detail">
          <h3>{t('changesTitle', { time: time(selected.info.takenAt) })}</h3>
          <RevisionChanges changes={selected.changes} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => void restoreRevision(selected.info.id, t('restored', { time: time(selected.info.takenAt) }), true)}
          >
            {t('restore')}
          </button>
        </div>
      ) : null}
      {revisions && revisions.length > 0 ? (
        <RevisionCompare key={revisions[0]?.id} draftId={draftId} revisions={revisions} describe={describe} beforeCompare={beforeRestore} onError={setError} />
      ) : null}
    </section>
  );
}

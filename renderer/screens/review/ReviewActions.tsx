import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerArticle } from '../../../shared/server-api';
import { availableActions, type Role, type WorkflowAction } from '../../../shared/workflow';
import { useDeskMutation } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { newsroomTime } from '../../sync/sync-state-text';

/** What each action must say, and in which words the screen asks for it. */
const needs: Partial<Record<WorkflowAction, 'needsNote' | 'needsCorrectionNote' | 'needsReason'>> = {
  request_changes: 'needsNote',
  correct: 'needsCorrectionNote',
  unpublish: 'needsReason',
};
const noteLabel: Partial<Record<WorkflowAction, 'note' | 'correctionNote' | 'reason'>> = { request_changes: 'note', correct: 'correctionNote', unpublish: 'reason' };

/** `2026-12-24T09:30` typed as Hong Kong time (UTC+8 all year: Hong Kong keeps no daylight saving). */
export function hongKongInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  return new Date(`${local}:00+08:00`).toISOString();
}

/** Read when the editor clicks Schedule, not while rendering. */
function inTheFuture(instant: string): boolean {
  return Date.parse(instant) > Date.now();
}

interface Props {
  article: ServerArticle;
  role: Role;
  onDone: (action: WorkflowAction) => void;
  onStale: (currentRevision: number | null) => void;
}

/** The chief editor's decisions, only those the workflow allows now; each sends the revision on screen. */
export function ReviewActions({ article, role, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation('review');
  const act = useDeskMutation('review:act', ['review:queue', 'review:open']);
  const [notes, setNotes] = useState<Partial<Record<WorkflowAction, string>>>({});
  const [publishAt, setPublishAt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const actions = availableActions(article.status, role).filter((action) => action !== 'submit');

  const run = (action: WorkflowAction) => {
    setProblem(null);
    const note = notes[action]?.trim();
    const missing = needs[action];
    if (missing && !note) return setProblem(t(missing));
    const at = action === 'schedule' ? hongKongInstant(publishAt) : null;
    if (action === 'schedule' && (!at || !inTheFuture(at))) return setProblem(t('needsTime'));
    act.mutate(
      { serverId: article.id, action, revision: article.revision, ...(note ? { note } : {}), ...(at ? { publishAt: at } : {}) },
      {
        onSuccess: () => onDone(action),
        onError: (error) => {
          if (error.body.code !== 'conflict') return;
          const current = error.body.details?.find((detail) => detail.startsWith('currentRevision:'));
          onStale(current ? Number(current.slice('currentRevision:'.length)) : null);
        },
      },
    );
  };

  const at = hongKongInstant(publishAt);
  return (
    <section className="review-actions" aria-labelledby="review-actions-title">
      <h2 id="review-actions-title" className="panel-heading">
        {t('actionsTitle')}
      </h2>
      {actions.map((action) => {
        const label = noteLabel[action];
        return (
          <div key={action} className="review-actions__action">
            {label ? (
              <label className="field">
                <span className="field__label">{t(label)}</span>
                <textarea rows={2} value={notes[action] ?? ''} onChange={(event) => setNotes((current) => ({ ...current, [action]: event.target.value }))} />
              </label>
            ) : null}
            {action === 'schedule' ? (
              <label className="field">
                <span className="field__label">{t('publishAt')}</span>
                <input type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
                {at ? <span className="field__hint">{t('publishAtShown', { time: newsroomTime(at, i18n.language) })}</span> : null}
              </label>
            ) : null}
            <button type="button" className={`button${action === 'approve' || action === 'publish' ? ' button--primary' : action === 'unpublish' ? ' button--danger' : ''}`} disabled={act.isPending} onClick={() => run(action)}>
              {t(`actions.${action}`)}
            </button>
          </div>
        );
      })}
      {problem ? <p role="alert" className="notice notice--error">{problem}</p> : null}
      {act.error && act.error.body.code !== 'conflict' ? <p role="alert" className="notice notice--error">{errorMessage(t, act.error.body)}</p> : null}
    </section>
  );
}

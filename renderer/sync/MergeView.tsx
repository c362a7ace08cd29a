import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflictView } from '../../shared/desk-api-sync';
import { useDeskMutation, useDeskQuery } from '../api/use-desk-query';
import { errorMessage } from '../i18n/error-message';
import './sync.css';

type Choice = 'mine' | 'theirs' | 'both';

interface Props {
  draftId: string;
  /** Before anything is applied: writes what is still pending in the editor. */
  beforeApply: () => Promise<void>;
  /** The draft now holds the merged text (or, after a copy, the newsroom's): load it again. */
  onSettled: (copyDraftId?: string) => void;
  onClose: () => void;
}

const afterSettle = ['sync:state', 'sync:list', 'sync:mergeView', 'drafts:list'] as const;

function fieldName(t: (key: string) => string, conflict: MergeConflictView): string {
  const known = ['body', 'headline', 'standfirst', 'byline', 'dateline', 'slug', 'section', 'tags', 'topics', 'relatedLinks', 'leadImage', 'language'];
  return known.includes(conflict.field) ? t(`fields.${conflict.field}`) : conflict.field;
}

/**
 * Only the parts changed on both sides, mine beside theirs, each with Keep mine / Take theirs /
 * Keep both; nothing is applied until the person has chosen for each and confirms. "Save mine as
 * a copy" is always there.
 */
export function MergeView({ draftId, beforeApply, onSettled, onClose }: Props) {
  const { t } = useTranslation('sync');
  const view = useDeskQuery('sync:mergeView', { draftId });
  const resolve = useDeskMutation('sync:resolve', afterSettle);
  const saveCopy = useDeskMutation('sync:saveCopy', afterSettle);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const failure = view.error ?? resolve.error ?? saveCopy.error;
  if (!view.data) {
    return failure ? <p role="alert" className="notice notice--error">{errorMessage(t, failure.body)}</p> : <p role="status">{t('common:loading')}</p>;
  }
  const merge = view.data;
  const counters = new Map<string, number>();
  const parts = merge.conflicts.map((conflict) => {
    const index = (counters.get(conflict.field) ?? 0) + 1;
    counters.set(conflict.field, index);
    return { conflict, name: t('merge.part', { field: fieldName(t, conflict), index }) };
  });
  const ready = parts.every(({ conflict }) => choices[conflict.id] !== undefined);

  const apply = async () => {
    await beforeApply();
    resolve.mutate({ draftId, serverRevision: merge.serverRevision, choices }, { onSuccess: () => onSettled() });
  };
  const copy = async () => {
    await beforeApply();
    saveCopy.mutate({ draftId }, { onSuccess: (result) => onSettled(result.draftId) });
  };

  return (
    <section className="merge-view" aria-labelledby="merge-view-title">
      <h2 id="merge-view-title">{t('merge.title')}</h2>
      <p>{merge.theirAuthor ? t('merge.intro', { author: merge.theirAuthor, revision: merge.serverRevision }) : t('merge.introUnknown', { revision: merge.serverRevision })}</p>
      {merge.orderConflict ? <p>{t('merge.order')}</p> : null}
      {parts.map(({ conflict, name }) => (
        <div key={conflict.id} className="merge-view__conflict" role="group" aria-label={name}>
          <h3>{name}</h3>
          <div className="merge-view__sides">
            <section className="merge-view__side" aria-label={`${name}: ${t('merge.mine')}`}>
              <h4>{t('merge.mine')}</h4>
              {conflict.mine ?? t('merge.deleted')}
            </section>
            <section className="merge-view__side" aria-label={`${name}: ${t('merge.theirs')}`}>
              <h4>{t('merge.theirs')}</h4>
              {conflict.theirs ?? t('merge.deleted')}
            </section>
          </div>
          <fieldset className="merge-view__choices">
            <legend className="visually-hidden">{t('merge.choiceLabel', { part: name })}</legend>
            {(['mine', 'theirs', ...(conflict.canKeepBoth ? ['both' as const] : [])] as const).map((choice) => (
              <label key={choice}>
                <input type="radio" name={`merge-${conflict.id}`} checked={choices[conflict.id] === choice} onChange={() => setChoices((current) => ({ ...current, [conflict.id]: choice }))} />{' '}
                {t(choice === 'mine' ? 'merge.keepMine' : choice === 'theirs' ? 'merge.takeTheirs' : 'merge.keepBoth')}
              </label>
            ))}
          </fieldset>
        </div>
      ))}
      {failure ? <p role="alert" className="notice notice--error">{errorMessage(t, failure.body)}</p> : null}
      <div className="merge-view__actions">
        <button type="button" className="button button--primary" disabled={!ready || resolve.isPending} onClick={() => void apply()}>
          {t('merge.apply')}
        </button>
        <button type="button" className="button" disabled={saveCopy.isPending} onClick={() => void copy()}>
          {t('merge.saveCopy')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('merge.close')}
        </button>
      </div>
    </section>
  );
}

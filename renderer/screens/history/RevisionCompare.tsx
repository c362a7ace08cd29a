import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionDetail, RevisionSummary } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { RevisionChanges } from './RevisionChanges';

interface Props {
  draftId: string;
  revisions: RevisionSummary[];
  /** Formats a revision for a person: its time and why it was kept. */
  describe: (revision: RevisionSummary) => string;
  /** Writes what is still pending in the editor, so "Current text" is what is on screen. */
  beforeCompare: () => Promise<void>;
  onError: (error: DeskErrorBody) => void;
}

const current = 'current';

/** Any two versions side by side as one block diff: older on the left of the arrow, newer on the right. */
export function RevisionCompare({ draftId, revisions, describe, beforeCompare, onError }: Props) {
  const { t } = useTranslation('history');
  const desk = useDesk();
  const [from, setFrom] = useState(revisions[1]?.id ?? revisions[0]?.id ?? current);
  const [to, setTo] = useState(revisions[1] ? (revisions[0]?.id ?? current) : current);
  const [shown, setShown] = useState<{ from: string; to: string; changes: RevisionDetail['changes'] } | null>(null);
  const name = (id: string) => {
    const revision = revisions.find((candidate) => candidate.id === id);
    return revision ? describe(revision) : t('compare.current');
  };

  const compare = async () => {
    if (from === to) return;
    await beforeCompare();
    const result = await desk.call('drafts:compare', { id: draftId, from, to });
    if (result.ok) setShown({ from, to, changes: result.value.changes });
    else onError(result.error);
  };

  const options = [
    <option key={current} value={current}>
      {t('compare.current')}
    </option>,
    ...revisions.map((revision) => (
      <option key={revision.id} value={revision.id}>
        {describe(revision)}
      </option>
    )),
  ];
  return (
    <section className="history-compare" aria-labelledby="history-compare-title">
      <h3 id="history-compare-title">{t('compare.title')}</h3>
      <form
        className="history-compare__form"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <label className="field">
          <span className="field__label">{t('compare.from')}</span>
          <select value={from} onChange={(event) => setFrom(event.target.value)}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('compare.to')}</span>
          <select value={to} onChange={(event) => setTo(event.target.value)}>
            {options}
          </select>
        </label>
        <button type="submit" className="button" disabled={from === to}>
          {t('compare.button')}
        </button>
        {from === to ? <p className="history-compare__hint">{t('compare.same')}</p> : null}
      </form>
      {shown ? (
        <RevisionChanges
          changes={shown.changes}
          removedLabel={t('compare.onlyOlder')}
          addedLabel={t('compare.onlyNewer')}
          listLabel={t('compare.listLabel', { from: name(shown.from), to: name(shown.to) })}
        />
      ) : null}
    </section>
  );
}

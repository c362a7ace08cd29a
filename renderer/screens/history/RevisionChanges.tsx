import { useTranslation } from 'react-i18next';
import type { RevisionDetail } from '../../../shared/desk-api-drafts';

type Change = RevisionDetail['changes'][number];
const context = 1;

/**
 * The block-level difference between a revision and the current text: removed lines are only in
 * the revision, added lines only in the current text; long unchanged stretches are folded.
 */
export function RevisionChanges({ changes }: { changes: Change[] }) {
  const { t } = useTranslation('history');
  if (changes.every((change) => change.kind === 'same')) return <p>{t('noChanges')}</p>;
  const near = (index: number) =>
    changes.slice(Math.max(0, index - context), index + context + 1).some((change) => change.kind !== 'same');
  const rows: React.JSX.Element[] = [];
  let folded = 0;
  changes.forEach((change, index) => {
    if (change.kind === 'same' && !near(index)) {
      folded += 1;
      return;
    }
    if (folded > 0) {
      rows.push(
        <li key={`fold-${index}`} className="revision-changes__fold">
          {t('unchanged', { count: folded })}
        </li>,
      );
      folded = 0;
    }
    const label = change.kind === 'added' ? t('added') : change.kind === 'removed' ? t('removed') : '';
    rows.push(
      <li key={index} className={`revision-changes__line revision-changes__line--${change.kind}`}>
        {label ? <span className="visually-hidden">{label}: </span> : null}
        <span aria-hidden="true" className="revision-changes__sign">
          {change.kind === 'added' ? '+' : change.kind === 'removed' ? '−' : ' '}
        </span>
        {change.text}
      </li>,
    );
  });
  if (folded > 0) rows.push(<li key="fold-end" className="revision-changes__fold">{t('unchanged', { count: folded })}</li>);
  return (
    <>
      <p className="revision-changes__legend">{t('legend')}</p>
      <ul className="revision-changes" aria-label={t('changesLabel')}>
        {rows}
      </ul>
    </>
  );
}

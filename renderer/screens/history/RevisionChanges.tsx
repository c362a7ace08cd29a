import { useTranslation } from 'react-i18next';
import type { RevisionDetail } from '../../../shared/desk-api-drafts';

type Change = RevisionDetail['changes'][number];
const context = 1;

interface Props {
  changes: Change[];
  /** What the two sides are, for the legend and for screen readers ("Only in this revision"). */
  removedLabel?: string;
  addedLabel?: string;
  listLabel?: string;
}

/**
 * The block-level difference between two versions: removed lines are only in the older one,
 * added lines only in the newer one; long unchanged stretches are folded. Field names come
 * from the desk as keys and are named here, in the reader's language.
 */
export function RevisionChanges({ changes, removedLabel, addedLabel, listLabel }: Props) {
  const { t } = useTranslation('history');
  const removed = removedLabel ?? t('removed');
  const added = addedLabel ?? t('added');
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
    const label = change.kind === 'added' ? added : change.kind === 'removed' ? removed : '';
    const text = change.field ? t('fieldLine', { field: t(`fields.${change.field}`), text: change.text }) : change.text;
    rows.push(
      <li key={index} className={`revision-changes__line revision-changes__line--${change.kind}`}>
        {label ? <span className="visually-hidden">{t('changeLabel', { label })}</span> : null}
        <span aria-hidden="true" className="revision-changes__sign">
          {change.kind === 'added' ? '+' : change.kind === 'removed' ? '−' : ' '}
        </span>
        {change.indent}
        {text}
      </li>,
    );
  });
  if (folded > 0) rows.push(<li key="fold-end" className="revision-changes__fold">{t('unchanged', { count: folded })}</li>);
  return (
    <>
      <p className="revision-changes__legend">{t('legend', { removed, added })}</p>
      <ul className="revision-changes" aria-label={listLabel ?? t('changesLabel')}>
        {rows}
      </ul>
    </>
  );
}

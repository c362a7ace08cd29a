import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportQuestion } from './use-draft-import';

/** "You imported this file before": a new draft, or replace the draft it became (undoable in History). */
export function ReimportQuestion({ question, onAnswer }: { question: ImportQuestion; onAnswer: (choice: 'new' | 'replace' | null) => void }) {
  const { t, i18n } = useTranslation('drafts');
  const first = useRef<HTMLButtonElement>(null);
  // The question replaces what the person was doing: the keyboard goes to its first answer.
  useEffect(() => first.current?.focus(), [question]);
  const headline = question.existing.headline || t('common:untitled');
  return (
    <div role="alertdialog" aria-labelledby="reimport-title" aria-describedby="reimport-detail" className="notice drafts__confirm drafts__reimport">
      <p id="reimport-title">
        <strong>{t('reimport.title', { fileName: question.fileName })}</strong>
      </p>
      <p id="reimport-detail">
        {t('reimport.detail', { headline, date: new Date(question.importedAt).toLocaleString(i18n.language) })}
      </p>
      <button ref={first} type="button" className="button" onClick={() => onAnswer('new')}>
        {t('reimport.asNew')}
      </button>
      <button type="button" className="button" onClick={() => onAnswer('replace')}>
        {t('reimport.replace')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => onAnswer(null)}>
        {t('reimport.cancel')}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { ChecklistProblem } from '../../../shared/checklist/check-article';
import { fieldElementId } from './field-element-id';

/** The publish checklist: what still blocks approval, each item jumping to the field to fix. */
export function ChecklistPanel({ problems }: { problems: ChecklistProblem[] }) {
  const { t } = useTranslation('article');
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      {/* Focusable so View ▸ Checklist can bring the person here. */}
      <h2 id="checklist-heading" className="panel-heading" tabIndex={-1}>
        {t('checklist')}
        <span className={`checklist__badge${problems.length === 0 ? ' checklist__badge--ok' : ''}`}>
          {problems.length === 0 ? t('checklistReady') : t('checklistCount', { count: problems.length })}
        </span>
      </h2>
      {problems.length === 0 ? (
        <p className="checklist__ok">{t('checklistPasses')}</p>
      ) : (
        <ul className="checklist__list">
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.code}`}>
              <button type="button" className="checklist__item" onClick={() => focusField(problem.field)}>
                {t(`problems.${problem.code}`, { ...problem.params, defaultValue: problem.message })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function focusField(field: string): void {
  const element = document.getElementById(fieldElementId(field));
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

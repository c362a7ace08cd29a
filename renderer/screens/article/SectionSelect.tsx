import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection } from '../../../shared/sections/find-section';
import { sectionName } from '../../../shared/sections/section-name';
import type { SectionChoices } from './use-sections';

interface SectionSelectProps {
  value: string;
  choices: SectionChoices;
  onChange: (section: string) => void;
}

/**
 * The article's section, chosen from the newsroom's list and shown in the person's language.
 * A draft from when the section was free text ("香港") is moved to the matching section; a value
 * that matches none stays visible as an unknown option to fix, never silently dropped.
 */
export function SectionSelect({ value, choices, onChange }: SectionSelectProps) {
  const { t, i18n } = useTranslation('article');
  const { sections, source } = choices;
  const match = findSection(sections, value);
  const unknown = value.trim() !== '' && !match;

  useEffect(() => {
    if (match && match.slug !== value) onChange(match.slug);
  }, [match, value, onChange]);

  const errorId = 'field-section-error';
  const noteId = 'field-section-note';
  const describedBy = [unknown ? errorId : '', source !== 'server' ? noteId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor="field-section">
        {t('section')}
      </label>
      <select
        id="field-section"
        value={match ? match.slug : value}
        aria-invalid={unknown}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === '' ? <option value="">{t('sectionChoose')}</option> : null}
        {unknown ? <option value={value}>{t('sectionUnknownOption', { value })}</option> : null}
        {sections.map((section) => (
          <option key={section.slug} value={section.slug}>
            {sectionName(section, i18n.language)}
          </option>
        ))}
      </select>
      {unknown ? (
        <p id={errorId} className="field__error">
          {t('sectionUnknown', { value })}
        </p>
      ) : null}
      {source !== 'server' ? (
        <p id={noteId} className="field__hint">
          {t(source === 'cache' ? 'sectionsOffline' : 'sectionsDefault')}
        </p>
      ) : null}
    </div>
  );
}

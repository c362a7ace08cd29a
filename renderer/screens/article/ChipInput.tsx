import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addChips } from './add-chips';

interface ChipInputProps {
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  suggestions: string[];
  max: number;
  /** e.g. "Remove tag {{value}}" */
  removeLabel: (value: string) => string;
}

/** Tags and topics: Enter or a comma adds a chip, Backspace on an empty field removes the last. */
export function ChipInput({ id, label, values, onChange, suggestions, max, removeLabel }: ChipInputProps) {
  const { t } = useTranslation('article');
  const [draft, setDraft] = useState('');
  const listId = useId();
  const hintId = useId();
  const lowered = new Set(values.map((value) => value.toLocaleLowerCase()));
  const offered = suggestions.filter((suggestion) => !lowered.has(suggestion.toLocaleLowerCase())).slice(0, 50);

  const commit = (text: string) => {
    const next = addChips(values, text, { max });
    if (next.values.length !== values.length) onChange(next.values);
    setDraft(next.leftover);
  };

  return (
    <div className="chip-input">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="chip-input__box">
        <ul className="chip-input__chips">
          {values.map((value) => (
            <li key={value} className="chip">
              <span>{value}</span>
              <button type="button" className="chip__remove" aria-label={removeLabel(value)} onClick={() => onChange(values.filter((other) => other !== value))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          className="chip-input__field"
          value={draft}
          list={listId}
          aria-describedby={hintId}
          onChange={(event) => {
            const text = event.target.value;
            // A comma typed (or pasted) ends a chip at once; a picked suggestion arrives whole.
            if (/[,，、]/.test(text)) commit(text);
            else setDraft(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              commit(draft);
            } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => draft.trim() !== '' && commit(draft)}
        />
        <datalist id={listId}>
          {offered.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      </div>
      <p id={hintId} className="field__hint">
        {t('chipHint', { count: max })}
      </p>
    </div>
  );
}

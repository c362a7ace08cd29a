import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface CaseTitleFieldProps {
  title: string;
  label: string;
  placeholder: string;
  /** Writes the title into the document (one undoable step per call). */
  onCommit: (title: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A case's title field. While an input method composes (Chinese, Japanese), the keystrokes
 * ("c", "cia", "cian") stay in the field and only the chosen characters reach the document:
 * writing each step into the document re-rendered the field mid-composition, which ended the
 * composition and left the Latin keystrokes in the title.
 */
export function CaseTitleField({ title, label, placeholder, onCommit, onKeyDown }: CaseTitleFieldProps) {
  const [text, setText] = useState(title);
  const composing = useRef(false);
  // Undo, redo and collaborators change the title from outside the field.
  useEffect(() => {
    if (!composing.current) setText(title);
  }, [title]);

  return (
    <input
      className="case-section__title"
      data-case-title=""
      value={text}
      aria-label={label}
      placeholder={placeholder}
      onChange={(event) => {
        setText(event.target.value);
        if (!composing.current) onCommit(event.target.value);
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        onCommit(event.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}

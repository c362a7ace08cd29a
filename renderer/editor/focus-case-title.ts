import type { EditorView } from '@tiptap/pm/view';

/** The title field of the case section at `casePos`, found through its node view. */
export function caseTitleField(view: EditorView, casePos: number): HTMLInputElement | null {
  const dom = view.nodeDOM(casePos);
  if (!(dom instanceof HTMLElement)) return null;
  const field = dom.querySelector('input[data-case-title]');
  return field instanceof HTMLInputElement ? field : null;
}

/** Moves focus to a case's title with the caret at its end, where a writer goes back to it. */
export function focusCaseTitle(view: EditorView, casePos: number): boolean {
  const field = caseTitleField(view, casePos);
  if (!field) return false;
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  return true;
}

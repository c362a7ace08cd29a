import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import type { KeyboardEvent } from 'react';

/**
 * Moves focus into the text at once: TipTap's focus() waits for the next animation frame, and
 * on a busy machine the keys typed right after Enter still landed in the title.
 */
function focusNow(editor: Editor): void {
  editor.view.focus();
}

/**
 * Keys in a case's title field: Enter, Tab and ArrowDown continue in the case's text;
 * Ctrl/Cmd+Enter leaves the case; Shift+Tab goes back to the text before the case. An Enter
 * that commits an input method's composition (Chinese, Japanese) only commits it.
 */
export function handleCaseTitleKeys(event: KeyboardEvent<HTMLInputElement>, editor: Editor, casePos: number): void {
  // keyCode 229 is the composing keydown of browsers whose isComposing is already false.
  if (event.nativeEvent.isComposing || event.keyCode === 229 || event.altKey) return;
  const modifier = event.ctrlKey || event.metaKey;
  if (event.key === 'Enter' && modifier) {
    event.preventDefault();
    if (editor.commands.leaveCaseSection(casePos)) focusNow(editor);
    return;
  }
  if (modifier) return;
  if ((event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'Tab') && !event.shiftKey) {
    event.preventDefault();
    if (editor.commands.moveIntoCaseBody(casePos)) focusNow(editor);
    return;
  }
  if (event.key === 'Tab' && event.shiftKey) {
    const before = Selection.findFrom(editor.state.doc.resolve(casePos), -1, true);
    if (!before) return;
    event.preventDefault();
    editor.commands.setTextSelection(before.from);
    focusNow(editor);
  }
}

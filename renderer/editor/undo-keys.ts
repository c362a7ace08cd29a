import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';

/**
 * Fields inside node views (case titles, captions) write to the document, so Ctrl/Cmd+Z there
 * must undo the document, not the browser's private history of the input.
 */
export function handleUndoKeys(event: KeyboardEvent, editor: Editor): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) {
    event.preventDefault();
    editor.commands.undo();
  } else if ((key === 'z' && event.shiftKey) || key === 'y') {
    event.preventDefault();
    editor.commands.redo();
  }
}

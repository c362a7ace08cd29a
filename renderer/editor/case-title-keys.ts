import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { caseSectionsIn } from '../../shared/editor/case-section-position';
import { focusAfterEditor } from './focus-after-editor';
import { focusCaseTitle } from './focus-case-title';

/** The case whose own first block holds the caret (not a list or quote inside the case). */
function caseOpenedAt($from: ResolvedPos): number | undefined {
  if ($from.depth !== 2 || $from.node(1).type.name !== 'caseSection' || $from.index(1) !== 0) return undefined;
  return $from.before(1);
}

/** The case holding the caret anywhere in its body. */
function caseAround($from: ResolvedPos): number | undefined {
  if ($from.depth < 2 || $from.node(1).type.name !== 'caseSection') return undefined;
  return $from.before(1);
}

/** Tab and Shift+Tab indent and outdent list items; they stay the list's. */
function inListItem($from: ResolvedPos): boolean {
  for (let depth = $from.depth; depth > 0; depth -= 1) if ($from.node(depth).type.name === 'listItem') return true;
  return false;
}

/**
 * Keys in a case's text that go back to its title (a field in the node view, outside
 * ProseMirror's text): Backspace at the very start, ArrowUp on the first line, Shift+Tab; Tab
 * goes on to the next case's title (after the last case, out of the editor), so Tab never lands
 * on the ↑/↓/✕ buttons.
 */
export const CaseTitleKeys = Extension.create({
  name: 'caseTitleKeys',
  // Ahead of StarterKit's Backspace and ListItem's Tab/Shift-Tab.
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Backspace: ({ editor }) => {
        const { selection } = editor.state;
        const casePos = caseOpenedAt(selection.$from);
        if (!selection.empty || casePos === undefined || selection.$from.parentOffset !== 0) return false;
        return focusCaseTitle(editor.view, casePos);
      },
      ArrowUp: ({ editor }) => {
        const { selection } = editor.state;
        const casePos = caseOpenedAt(selection.$from);
        if (!selection.empty || casePos === undefined || !editor.view.endOfTextblock('up')) return false;
        return focusCaseTitle(editor.view, casePos);
      },
      'Shift-Tab': ({ editor }) => {
        const { $from } = editor.state.selection;
        const casePos = caseAround($from);
        if (casePos === undefined || inListItem($from)) return false;
        return focusCaseTitle(editor.view, casePos);
      },
      Tab: ({ editor }) => {
        const { $from } = editor.state.selection;
        if (inListItem($from)) return false;
        const next = caseSectionsIn(editor.state.doc).find((section) => section.pos > $from.pos);
        return next ? focusCaseTitle(editor.view, next.pos) : focusAfterEditor(editor.view.dom);
      },
    };
  },
});

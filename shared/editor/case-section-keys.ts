import { Extension, type CommandProps } from '@tiptap/core';
import { caretAfterCase } from './caret-after-case';
import { caseSectionsIn } from './case-section-position';

/**
 * Enter on an empty last paragraph of the article's last case: the writer is done with the
 * cases, so the empty paragraph goes and the caret moves below the case (as Enter twice leaves
 * a list). Cases further up keep Enter as it is: what follows them is the next case.
 */
function leaveLastCaseOnEmptyParagraph({ state, tr, dispatch }: CommandProps): boolean {
  const { selection } = state;
  const { $from } = selection;
  if (!selection.empty || $from.depth !== 2) return false;
  const section = $from.node(1);
  if (section.type.name !== 'caseSection') return false;
  if ($from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return false;
  if ($from.index(1) !== section.childCount - 1) return false;
  const casePos = $from.before(1);
  if (caseSectionsIn(state.doc).at(-1)?.pos !== casePos) return false;
  if (!dispatch) return true;
  // A case needs one block; an empty only paragraph stays (the checklist flags the empty case).
  if (section.childCount > 1) tr.delete($from.before(2), $from.after(2));
  if (!caretAfterCase(tr, casePos)) return false;
  dispatch(tr.scrollIntoView());
  return true;
}

/** The keyboard's ways out of a case section. */
export const CaseSectionKeys = Extension.create({
  name: 'caseSectionKeys',
  // Ahead of StarterKit: HardBreak also claims Mod-Enter, and Paragraph/ListItem claim Enter.
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.command(leaveLastCaseOnEmptyParagraph),
      // Anywhere in a case; outside one, Mod-Enter stays a line break.
      'Mod-Enter': () => this.editor.commands.leaveCaseSection(),
    };
  },
});

import { TextSelection, type Transaction } from '@tiptap/pm/state';

/**
 * Puts the caret at the start of the case section at `casePos`, adding a paragraph first when
 * the case opens with a figure or a list: Enter in a case title continues in the case's text.
 */
export function caretIntoCaseBody(tr: Transaction, casePos: number): boolean {
  const section = tr.doc.nodeAt(casePos);
  if (section?.type.name !== 'caseSection') return false;
  if (section.firstChild?.isTextblock !== true) {
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    if (!paragraph) return false;
    tr.insert(casePos + 1, paragraph.create());
  }
  // casePos + 1 is the start of the case's content; + 2 is inside its first textblock.
  tr.setSelection(TextSelection.create(tr.doc, casePos + 2));
  return true;
}

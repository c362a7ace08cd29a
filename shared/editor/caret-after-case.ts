import { TextSelection, type Transaction } from '@tiptap/pm/state';

/**
 * Puts the caret in a paragraph right after the case section at `casePos`: an empty paragraph
 * already there is reused (the desk keeps one after a final case), otherwise one is added, so
 * leaving a case never piles up blank paragraphs.
 */
export function caretAfterCase(tr: Transaction, casePos: number): boolean {
  const section = tr.doc.nodeAt(casePos);
  if (section?.type.name !== 'caseSection') return false;
  const after = casePos + section.nodeSize;
  const next = tr.doc.nodeAt(after);
  const reusable = next?.type.name === 'paragraph' && next.content.size === 0;
  if (!reusable) {
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    if (!paragraph) return false;
    tr.insert(after, paragraph.create());
  }
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  return true;
}

import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { caretAfterCase } from './caret-after-case';
import { caretIntoCaseBody } from './caret-into-case-body';
import { caseSectionAt, caseSectionsIn } from './case-section-position';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    caseSection: {
      /** Inserts a case section after the top-level block holding the selection. */
      insertCaseSection: (title?: string) => ReturnType;
      /** Sets the title of the case section at `pos` (or around the selection); undoable. */
      setCaseSectionTitle: (title: string, pos?: number) => ReturnType;
      /** Swaps the case section with the case section before it. */
      moveCaseSectionUp: (pos?: number) => ReturnType;
      /** Swaps the case section with the case section after it. */
      moveCaseSectionDown: (pos?: number) => ReturnType;
      deleteCaseSection: (pos?: number) => ReturnType;
      /** Caret to the start of the case's first paragraph (added if the case opens with a figure). */
      moveIntoCaseBody: (pos?: number) => ReturnType;
      /** Caret to a paragraph right after the case (added if needed): the way out of a case. */
      leaveCaseSection: (pos?: number) => ReturnType;
    };
  }
}

/**
 * A numbered, titled section of an article ("Case 1: Former Employee of a Classified Unit").
 * The number is not stored: it follows the section's position, so reordering renumbers at once.
 */
export const CaseSection = Node.create({
  name: 'caseSection',
  content: 'block+',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      title: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-title') ?? '',
        renderHTML: (attributes) => ({ 'data-title': typeof attributes.title === 'string' ? attributes.title : '' }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-case-section]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes({ 'data-case-section': '' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertCaseSection:
        (title = '') =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes.caseSection;
          const paragraph = state.schema.nodes.paragraph;
          if (!type || !paragraph) return false;
          const { $from } = state.selection;
          // After the top-level block holding the cursor (a case section, or a paragraph).
          const insertAt = $from.depth === 0 ? $from.pos : $from.after(1);
          const section = type.create({ title }, paragraph.create());
          if (dispatch) {
            tr.insert(insertAt, section);
            // Into the new case's first paragraph, so typing continues there.
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2));
            dispatch(tr.scrollIntoView());
          }
          return true;
        },

      setCaseSectionTitle:
        (title, pos) =>
        ({ state, tr, dispatch }) => {
          const found = caseSectionAt(state.doc, pos ?? state.selection.from);
          if (!found) return false;
          // setNodeMarkup (not an attribute step) maps the node's edges, so prosemirror-history
          // sees consecutive title keystrokes as adjacent and undoes a typed run as one edit.
          if (dispatch) dispatch(tr.setNodeMarkup(found.pos, undefined, { ...found.node.attrs, title }));
          return true;
        },

      moveCaseSectionUp:
        (pos) =>
        ({ state, tr, dispatch }) => swapWithNeighbour(state.doc, pos ?? state.selection.from, -1, tr, dispatch),

      moveCaseSectionDown:
        (pos) =>
        ({ state, tr, dispatch }) => swapWithNeighbour(state.doc, pos ?? state.selection.from, 1, tr, dispatch),

      deleteCaseSection:
        (pos) =>
        ({ state, tr, dispatch }) => {
          const found = caseSectionAt(state.doc, pos ?? state.selection.from);
          if (!found) return false;
          if (dispatch) {
            tr.delete(found.pos, found.pos + found.node.nodeSize);
            // The document needs at least one block.
            if (tr.doc.childCount === 0 && state.schema.nodes.paragraph) tr.insert(0, state.schema.nodes.paragraph.create());
            dispatch(tr);
          }
          return true;
        },

      moveIntoCaseBody:
        (pos) =>
        ({ state, tr, dispatch }) => {
          const found = caseSectionAt(state.doc, pos ?? state.selection.from);
          if (!found || !caretIntoCaseBody(tr, found.pos)) return false;
          if (dispatch) dispatch(tr.scrollIntoView());
          return true;
        },

      leaveCaseSection:
        (pos) =>
        ({ state, tr, dispatch }) => {
          const found = caseSectionAt(state.doc, pos ?? state.selection.from);
          if (!found || !caretAfterCase(tr, found.pos)) return false;
          if (dispatch) dispatch(tr.scrollIntoView());
          return true;
        },
    };
  },
});

/** Swaps a case section with the previous/next case section, keeping what lies between them. */
function swapWithNeighbour(
  doc: ProseMirrorNode,
  pos: number,
  direction: -1 | 1,
  tr: Transaction,
  dispatch: ((tr: Transaction) => void) | undefined,
): boolean {
  const current = caseSectionAt(doc, pos);
  if (!current) return false;
  const sections = caseSectionsIn(doc);
  const index = sections.findIndex((section) => section.pos === current.pos);
  const other = sections[index + direction];
  if (!other) return false;
  if (dispatch) {
    const [first, second] = direction === -1 ? [other, current] : [current, other];
    // Replace the later one first so the earlier position stays valid.
    tr.replaceWith(second.pos, second.pos + second.node.nodeSize, first.node);
    tr.replaceWith(first.pos, first.pos + first.node.nodeSize, second.node);
    dispatch(tr.scrollIntoView());
  }
  return true;
}

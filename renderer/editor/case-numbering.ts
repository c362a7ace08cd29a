import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { caseSectionsIn } from '../../shared/editor/case-section-position';

export const caseNumberingKey = new PluginKey<DecorationSet>('caseNumbering');

function numbering(doc: ProseMirrorNode): DecorationSet {
  return DecorationSet.create(
    doc,
    caseSectionsIn(doc).map(({ node, pos, number }) =>
      Decoration.node(pos, pos + node.nodeSize, { 'data-case-number': String(number) }, { caseNumber: number }),
    ),
  );
}

/** Reads the number a case section view was given (see CaseNumbering). */
export function caseNumberOf(decorations: readonly Decoration[]): number {
  for (const decoration of decorations) {
    const spec: unknown = decoration.spec;
    if (typeof spec === 'object' && spec !== null && 'caseNumber' in spec && typeof spec.caseNumber === 'number') return spec.caseNumber;
  }
  return 0;
}

/**
 * Gives every case section its number as a node decoration. ProseMirror only updates a view whose
 * decorations changed, so typing re-renders one case and a move renumbers exactly the moved ones.
 */
export const CaseNumbering = Extension.create({
  name: 'caseNumbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caseNumberingKey,
        state: {
          init: (_, state) => numbering(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numbering(tr.doc) : previous),
        },
        props: {
          decorations: (state) => caseNumberingKey.getState(state),
        },
      }),
    ];
  },
});

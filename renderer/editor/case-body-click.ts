import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { caseSectionsIn } from '../../shared/editor/case-section-position';

/** The case section whose view holds `target`, if the target is in a case's body area. */
function clickedCase(view: EditorView, target: EventTarget | null) {
  if (!(target instanceof Element) || target.closest('.case-section__header')) return undefined;
  const section = target.closest('.case-section');
  if (!section) return undefined;
  return caseSectionsIn(view.state.doc).find(({ pos }) => view.nodeDOM(pos)?.contains(section) === true);
}

/**
 * A click anywhere in a case's body area (its empty paragraph, the padding under it, the space
 * beside the header) puts the caret in that case. Clicks on the case's margins can resolve to
 * a position outside the case, and the case's text then landed in the intro.
 */
export const CaseBodyClick = Extension.create({
  name: 'caseBodyClick',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caseBodyClick'),
        props: {
          handleClick: (view, pos, event) => {
            const found = clickedCase(view, event.target);
            if (!found) return false;
            const start = found.pos;
            const end = found.pos + found.node.nodeSize;
            if (pos > start && pos < end) return false;
            const { doc } = view.state;
            const inside = pos <= start ? Selection.findFrom(doc.resolve(start + 1), 1, true) : Selection.findFrom(doc.resolve(end - 1), -1, true);
            if (!inside) return false;
            view.dispatch(view.state.tr.setSelection(inside));
            view.focus();
            return true;
          },
        },
      }),
    ];
  },
});

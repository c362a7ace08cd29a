import { ReactNodeViewRenderer } from '@tiptap/react';
import { CaseSection } from '../../../shared/editor/case-section';
import { caseNumberOf } from '../case-numbering';
import { CaseSectionNodeView } from './CaseSectionNodeView';

/** The shared caseSection node with its React view: numbered header, title field, move/delete. */
export const CaseSectionView = CaseSection.extend({
  addNodeView() {
    return ReactNodeViewRenderer(CaseSectionNodeView, {
      // The header shows only the title and the number: typing in the case's paragraphs (which
      // ProseMirror renders itself) must not re-render React on every keystroke.
      update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
        if (oldNode.attrs.title !== newNode.attrs.title || caseNumberOf(oldDecorations) !== caseNumberOf(newDecorations)) updateProps();
        return true;
      },
    });
  },
});

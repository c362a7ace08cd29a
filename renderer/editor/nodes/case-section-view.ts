import { ReactNodeViewRenderer } from '@tiptap/react';
import { CaseSection } from '../../../shared/editor/case-section';
import { caseNumberOf } from '../case-numbering';
import { CaseSectionNodeView } from './CaseSectionNodeView';

/** The shared caseSection node with its React view: numbered header, title field, move/delete. */
export const CaseSectionView = CaseSection.extend({
  addNodeView() {
    return ReactNodeViewRenderer(CaseSectionNodeView, {
      // Re-render only when the node itself or its number changed, not on every keystroke elsewhere.
      update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
        if (oldNode !== newNode || caseNumberOf(oldDecorations) !== caseNumberOf(newDecorations)) updateProps();
        return true;
      },
    });
  },
});

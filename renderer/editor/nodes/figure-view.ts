import { ReactNodeViewRenderer } from '@tiptap/react';
import { Figure } from '../../../shared/editor/figure';
import { FigureNodeView } from './FigureNodeView';

/** The shared figure node with its React view: the image and its Caption, Credit and Alt text. */
export const FigureView = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureNodeView);
  },
});

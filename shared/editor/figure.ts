import { Node, mergeAttributes } from '@tiptap/core';
import { sanitizeUrl } from '../url/sanitize-url';

export interface FigureAttributes {
  mediaId: string;
  src: string;
  caption: string;
  credit: string;
  alt: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image with its caption, credit and alt text at the selection. */
      insertFigure: (attributes: Partial<FigureAttributes> & { mediaId: string; src: string }) => ReturnType;
    };
  }
}

const textAttribute = (name: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: () => ({}),
});

/**
 * An image in the body. Caption, credit and alt text are attributes (not content) so that the
 * photo desk's fields stay structured: the public page and ninjs read them one by one.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-media-id') ?? '',
        renderHTML: () => ({}),
      },
      src: textAttribute('src'),
      caption: textAttribute('caption'),
      credit: textAttribute('credit'),
      alt: textAttribute('alt'),
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-figure]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = readFigureAttributes(node.attrs);
    const src = sanitizeUrl(attrs.src, { allowRelative: true }) ?? '';
    const data = {
      'data-figure': '',
      'data-media-id': attrs.mediaId,
      'data-src': src,
      'data-caption': attrs.caption,
      'data-credit': attrs.credit,
      'data-alt': attrs.alt,
    };
    const caption = [attrs.caption, attrs.credit].filter((part) => part !== '').join(' ');
    return ['figure', mergeAttributes(data, HTMLAttributes), ['img', { src, alt: attrs.alt }], ['figcaption', caption]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { caption: '', credit: '', alt: '', ...attributes },
          }),
    };
  },
});

/** Reads a figure node's attributes as strings, whatever a stored document held. */
export function readFigureAttributes(attrs: Record<string, unknown>): FigureAttributes {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    mediaId: text(attrs.mediaId),
    src: text(attrs.src),
    caption: text(attrs.caption),
    credit: text(attrs.credit),
    alt: text(attrs.alt),
  };
}

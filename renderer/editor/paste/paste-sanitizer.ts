import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { sanitizePastedHtml } from './sanitize-pasted-html';

/**
 * Cleans every HTML paste before ProseMirror parses it (Word, Google Docs, web pages), so only
 * structure the article can hold arrives. Changes no schema: add it to the editor's `extra`.
 */
export const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteSanitizer'),
        props: { transformPastedHTML: (html) => sanitizePastedHtml(html) },
      }),
    ];
  },
});

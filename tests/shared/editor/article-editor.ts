import { Editor, type JSONContent } from '@tiptap/core';
import { documentExtensions } from '../../../shared/editor/document-extensions';

/** A small real editor on the shared schema, as the desk and the server build it. */
export function articleEditor(content: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] }): Editor {
  return new Editor({ extensions: documentExtensions(), content });
}

export function paragraph(text: string): JSONContent {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

export function caseSection(title: string, ...texts: string[]): JSONContent {
  return { type: 'caseSection', attrs: { title }, content: texts.map(paragraph) };
}

export function titles(editor: Editor): string[] {
  return (editor.getJSON().content ?? []).filter((node) => node.type === 'caseSection').map((node) => String(node.attrs?.title));
}

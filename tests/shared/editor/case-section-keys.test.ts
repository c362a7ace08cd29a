// @vitest-environment jsdom
import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleEditor, caseSection, paragraph } from './article-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** A key as the browser delivers it to ProseMirror (keymaps read keydown on the editable). */
function press(current: Editor, key: string, init: KeyboardEventInit = {}): void {
  current.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

function type(current: Editor, text: string): void {
  current.commands.insertContent(text);
}

const figure: JSONContent = { type: 'figure', attrs: { mediaId: 'm_1', src: 'media/m_1.jpg', caption: 'Pier', credit: 'Staff', alt: 'A pier' } };

describe('case section commands', () => {
  it('moveIntoCaseBody puts the caret at the start of the case’s first paragraph', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro'), caseSection('Former employee', 'worked there.')] });
    editor.commands.setTextSelection(1);
    expect(editor.commands.moveIntoCaseBody(7)).toBe(true);
    type(editor, 'Zhong ');
    expect(editor.getJSON().content).toEqual([paragraph('Intro'), caseSection('Former employee', 'Zhong worked there.')]);
  });

  it('moveIntoCaseBody adds a first paragraph when the case opens with a figure', () => {
    editor = articleEditor({ type: 'doc', content: [{ type: 'caseSection', attrs: { title: 'Pier' }, content: [figure] }] });
    expect(editor.commands.moveIntoCaseBody(0)).toBe(true);
    type(editor, 'Caption first.');
    expect(editor.getJSON().content).toEqual([{ type: 'caseSection', attrs: { title: 'Pier' }, content: [paragraph('Caption first.'), figure] }]);
  });

  it('leaveCaseSection adds a paragraph after the case, or reuses an empty one there', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'a'), caseSection('Two', 'b')] });
    expect(editor.commands.leaveCaseSection(0)).toBe(true);
    type(editor, 'Between');
    expect(editor.getJSON().content).toEqual([caseSection('One', 'a'), paragraph('Between'), caseSection('Two', 'b')]);

    editor.commands.setContent({ type: 'doc', content: [caseSection('One', 'a'), paragraph('')] });
    editor.commands.leaveCaseSection(0);
    type(editor, 'After');
    expect(editor.getJSON().content).toEqual([caseSection('One', 'a'), paragraph('After')]);
  });

  it('moveIntoCaseBody and leaveCaseSection refuse a position outside any case', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro'), caseSection('One', 'a')] });
    expect(editor.commands.moveIntoCaseBody(1)).toBe(false);
    expect(editor.commands.leaveCaseSection(1)).toBe(false);
  });
});

describe('case section keys', () => {
  it('Enter on an empty last paragraph of the last case leaves the case, dropping that paragraph', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro'), caseSection('One', 'a')] });
    editor.commands.setTextSelection(editor.state.doc.content.size - 2);
    press(editor, 'Enter');
    expect(editor.getJSON().content).toEqual([paragraph('Intro'), caseSection('One', 'a', '')]);
    press(editor, 'Enter');
    type(editor, 'After the cases.');
    expect(editor.getJSON().content).toEqual([paragraph('Intro'), caseSection('One', 'a'), paragraph('After the cases.')]);
  });

  it('Enter on an empty paragraph of an earlier case stays a new paragraph in that case', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'a', ''), caseSection('Two', 'b')] });
    // Inside the empty second paragraph of case One: 0 case, 1 p, 2 a, 3 /p, 4 p, 5 inside.
    editor.commands.setTextSelection(5);
    press(editor, 'Enter');
    expect(editor.getJSON().content).toEqual([caseSection('One', 'a', '', ''), caseSection('Two', 'b')]);
  });

  it('Enter in a non-empty paragraph of the last case splits it as usual', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'ab')] });
    editor.commands.setTextSelection(3);
    press(editor, 'Enter');
    expect(editor.getJSON().content).toEqual([caseSection('One', 'a', 'b')]);
  });

  it('Ctrl+Enter anywhere in a case leaves it; outside a case it is a line break', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'first', 'second'), caseSection('Two', 'b')] });
    editor.commands.setTextSelection(3);
    press(editor, 'Enter', { ctrlKey: true });
    type(editor, 'Between');
    expect(editor.getJSON().content).toEqual([caseSection('One', 'first', 'second'), paragraph('Between'), caseSection('Two', 'b')]);

    press(editor, 'Enter', { ctrlKey: true });
    expect(editor.getJSON().content?.[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Between' }, { type: 'hardBreak' }] });
  });

  it('Enter while an input method is composing is left to the input method', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'a', '')] });
    editor.commands.setTextSelection(editor.state.doc.content.size - 2);
    editor.view.dom.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(editor.view.composing).toBe(true);
    press(editor, 'Enter', { isComposing: true });
    expect(editor.getJSON().content).toEqual([caseSection('One', 'a', '')]);
  });
});

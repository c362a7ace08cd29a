// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { articleEditor, caseSection, paragraph } from './article-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const ferry = { mediaId: 'm_124', src: 'media/m_124/800.jpg', caption: '天星小輪', credit: '(File Photo)', alt: 'A green ferry' };

describe('figure', () => {
  it('inserts an image with caption, credit and alt text as attributes', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro')] });
    editor.commands.setTextSelection(6);
    expect(editor.commands.insertFigure(ferry)).toBe(true);
    const figure = editor.getJSON().content?.find((node) => node.type === 'figure');
    expect(figure).toEqual({ type: 'figure', attrs: ferry });
  });

  it('fills missing caption, credit and alt with empty text', () => {
    editor = articleEditor();
    editor.commands.insertFigure({ mediaId: 'm_1', src: 'media/m_1/800.jpg' });
    const figure = editor.getJSON().content?.find((node) => node.type === 'figure');
    expect(figure?.attrs).toEqual({ mediaId: 'm_1', src: 'media/m_1/800.jpg', caption: '', credit: '', alt: '' });
  });

  it('renders an img with alt and a figcaption of caption then credit', () => {
    editor = articleEditor({ type: 'doc', content: [{ type: 'figure', attrs: ferry }] });
    const html = editor.getHTML();
    expect(html).toContain('<img src="media/m_124/800.jpg" alt="A green ferry">');
    expect(html).toContain('<figcaption>天星小輪 (File Photo)</figcaption>');
  });

  it('never writes an unsafe src into HTML', () => {
    editor = articleEditor({ type: 'doc', content: [{ type: 'figure', attrs: { ...ferry, src: 'javascript:alert(1)' } }] });
    expect(editor.getHTML()).not.toContain('javascript:');
  });

  it('round-trips through HTML (copy and paste between drafts)', () => {
    editor = articleEditor({ type: 'doc', content: [{ type: 'figure', attrs: ferry }] });
    const html = editor.getHTML();
    const other = articleEditor();
    other.commands.setContent(html);
    expect(other.getJSON().content?.[0]).toEqual({ type: 'figure', attrs: ferry });
    other.destroy();
  });

  it('may sit inside a case section', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('Alpha', 'a')] });
    editor.commands.setTextSelection(4);
    editor.commands.insertFigure(ferry);
    expect(editor.getJSON().content?.[0]?.content?.some((node) => node.type === 'figure')).toBe(true);
  });
});

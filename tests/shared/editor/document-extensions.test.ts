// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { articleEditor, paragraph } from './article-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('the shared article schema', () => {
  it('allows H2 and H3 and refuses H1 (the headline lives outside the body)', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Title')] });
    editor.commands.setTextSelection(2);
    expect(editor.commands.setHeading({ level: 1 })).toBe(false);
    expect(editor.commands.setHeading({ level: 3 })).toBe(true);
    expect(editor.getHTML()).toBe('<h3>Title</h3>');
    editor.commands.setContent('<h1>Big</h1><h2>Sub</h2>');
    // A pasted H1 does not become a second headline.
    expect(editor.getHTML()).toBe('<p>Big</p><h2>Sub</h2>');
  });

  it('keeps http, https and mailto links and drops javascript: links', () => {
    editor = articleEditor();
    editor.commands.setContent(
      '<p><a href="https://example.org/a">web</a> <a href="mailto:desk@example.org">mail</a> <a href="javascript:alert(1)">bad</a> <a href="data:text/html,x">data</a></p>',
    );
    const html = editor.getHTML();
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).toContain('bad');
  });

  it('refuses to set a javascript: link by command', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('click')] });
    editor.commands.setTextSelection({ from: 1, to: 6 });
    editor.commands.setLink({ href: 'javascript:alert(1)' });
    expect(JSON.stringify(editor.getJSON())).not.toContain('javascript');
    editor.commands.setLink({ href: 'https://example.org' });
    expect(editor.getHTML()).toContain('href="https://example.org"');
  });

  it('has bold, italic, underline, strike, lists, quote and rule; no code', () => {
    editor = articleEditor();
    editor.commands.setContent(
      '<p><strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code></p><ul><li><p>x</p></li></ul><ol><li><p>y</p></li></ol><blockquote><p>q</p></blockquote><hr>',
    );
    expect(editor.getHTML()).toBe(
      '<p><strong>b</strong><em>i</em><u>u</u><s>s</s>c</p><ul><li><p>x</p></li></ul><ol><li><p>y</p></li></ol><blockquote><p>q</p></blockquote><hr>',
    );
  });
});

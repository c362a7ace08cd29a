// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleBody, Language } from '../../../shared/article';
import { ArticleBodyEditor } from '../../../renderer/editor/ArticleBodyEditor';
import { byLabel, click, mount, press, typeInto, type Mounted } from '../article/mount';

const body: ArticleBody = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] },
    { type: 'caseSection', attrs: { title: 'Alpha' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] },
    { type: 'caseSection', attrs: { title: 'Beta' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'second' }] }] },
    { type: 'figure', attrs: { mediaId: 'm_1', src: 'media/m_1/800.webp', caption: 'Pier', credit: '', alt: 'A pier' } },
  ],
};

// jsdom has no layout: ProseMirror's scroll-into-view asks ranges for rectangles.
const noRects = () => Object.assign([], { item: () => null });
Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

let mounted: Mounted | undefined;
let editor: Editor | null = null;
afterEach(async () => {
  await mounted?.unmount();
  editor = null;
});

function view(language: Language, onChange: (next: ArticleBody) => void = () => {}) {
  return (
    <ArticleBodyEditor
      body={body}
      label="Article body"
      language={language}
      onChange={onChange}
      onEditor={(current) => {
        editor = current;
      }}
    />
  );
}

const labels = (container: HTMLElement) => Array.from(container.querySelectorAll('.case-section__label')).map((label) => label.textContent);
const titles = () => (editor?.getJSON().content ?? []).filter((node) => node.type === 'caseSection').map((node) => node.attrs?.title);

describe('ArticleBodyEditor', () => {
  it('shows cases numbered by position, labelled in the article’s language', async () => {
    mounted = await mount(view('en'));
    expect(byLabel(mounted.container, 'Article body')?.getAttribute('role')).toBe('textbox');
    expect(labels(mounted.container)).toEqual(['Case 1:', 'Case 2:']);
    await mounted.render(view('zh-Hant'));
    expect(labels(mounted.container)).toEqual(['案例一：', '案例二：']);
  });

  it('moves a case with its buttons and renumbers at once', async () => {
    mounted = await mount(view('en'));
    await click(byLabel(mounted.container, 'Move Case 2 up'));
    expect(titles()).toEqual(['Beta', 'Alpha']);
    expect(labels(mounted.container)).toEqual(['Case 1:', 'Case 2:']);
    expect(byLabel(mounted.container, 'Title of Case 1')).toHaveProperty('value', 'Beta');
    await click(byLabel(mounted.container, 'Delete Case 2'));
    expect(titles()).toEqual(['Beta']);
  });

  it('writes a title edit into the document and undoes it with Ctrl+Z from the title field', async () => {
    mounted = await mount(view('en'));
    const title = byLabel(mounted.container, 'Title of Case 1');
    await typeInto(title, 'Former Employee of a Classified Unit');
    expect(titles()).toEqual(['Former Employee of a Classified Unit', 'Beta']);
    await press(title, 'z', { ctrlKey: true });
    expect(titles()).toEqual(['Alpha', 'Beta']);
    await press(title, 'z', { ctrlKey: true, shiftKey: true });
    expect(titles()).toEqual(['Former Employee of a Classified Unit', 'Beta']);
  });

  it('edits a figure’s Caption, Credit and Alt text as document attributes', async () => {
    mounted = await mount(view('en'));
    const figure = mounted.container.querySelector<HTMLElement>('.figure-view');
    if (!figure) throw new Error('no figure view');
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('media/m_1/800.webp');
    await typeInto(byLabel(figure, 'Credit'), 'Staff photographer');
    await typeInto(byLabel(figure, 'Caption'), 'Passengers at the pier');
    const attrs = editor?.getJSON().content?.find((node) => node.type === 'figure')?.attrs;
    expect(attrs).toEqual({ mediaId: 'm_1', src: 'media/m_1/800.webp', caption: 'Passengers at the pier', credit: 'Staff photographer', alt: 'A pier' });
  });

  it('reports the body once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      mounted = await mount(view('en', onChange));
      await act(async () => {
        editor?.commands.insertContentAt(6, ' one');
        editor?.commands.insertContentAt(10, ' two');
      });
      expect(onChange).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTime(400));
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(onChange.mock.calls[0]?.[0].content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Intro one two' }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('has named toolbar buttons that report their state', async () => {
    mounted = await mount(view('en'));
    for (const name of ['Undo', 'Redo', 'Heading H2', 'Subheading H3', 'Bold', 'Italic', 'Underline', 'Strikethrough', 'Link', 'Bulleted list', 'Numbered list', 'Quote', 'Divider']) {
      expect(byLabel(mounted.container, name), name).not.toBeNull();
    }
    expect(mounted.container.textContent).toContain('Insert case section');
    // No image intake given: the control is left out rather than shown without effect.
    expect(mounted.container.textContent).not.toContain('Insert image');
    const pressed = () =>
      Object.fromEntries(['Heading H2', 'Bold', 'Italic', 'Underline', 'Strikethrough', 'Bulleted list', 'Quote'].map((name) => [name, byLabel(mounted?.container ?? document.body, name)?.getAttribute('aria-pressed')]));
    const none = { 'Heading H2': 'false', Bold: 'false', Italic: 'false', Underline: 'false', Strikethrough: 'false', 'Bulleted list': 'false', Quote: 'false' };
    expect(pressed()).toEqual(none);
    await act(async () => {
      editor?.chain().setTextSelection({ from: 1, to: 6 }).toggleBold().toggleItalic().run();
    });
    expect(pressed()).toEqual({ ...none, Bold: 'true', Italic: 'true' });
    await act(async () => {
      editor?.chain().toggleHeading({ level: 2 }).run();
    });
    expect(pressed()).toMatchObject({ 'Heading H2': 'true', 'Bulleted list': 'false', Quote: 'false' });
    await act(async () => {
      editor?.chain().toggleHeading({ level: 2 }).toggleBlockquote().run();
    });
    expect(pressed()).toMatchObject({ 'Heading H2': 'false', Quote: 'true' });
  });
});

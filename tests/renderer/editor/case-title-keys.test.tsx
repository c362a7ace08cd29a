// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../../shared/article';
import { ArticleBodyEditor } from '../../../renderer/editor/ArticleBodyEditor';
import { byLabel, mount, press, typeInto, type Mounted } from '../article/mount';

const body: ArticleBody = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] },
    { type: 'caseSection', attrs: { title: 'Alpha' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] },
    { type: 'caseSection', attrs: { title: 'Beta' }, content: [{ type: 'figure', attrs: { mediaId: 'm_1', src: 'media/m_1.webp', caption: 'Pier', credit: 'Staff', alt: 'A pier' } }] },
  ],
};

// jsdom has no layout: ProseMirror's scroll-into-view asks ranges for rectangles.
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null });
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

let mounted: Mounted | undefined;
let editor: Editor | null = null;
afterEach(async () => {
  await mounted?.unmount();
  editor = null;
});

async function open(): Promise<{ container: HTMLElement; current: Editor }> {
  mounted = await mount(
    <>
      <ArticleBodyEditor
        body={body}
        label="Article body"
        language="en"
        onChange={() => {}}
        onEditor={(next) => {
          editor = next;
        }}
      />
      <button type="button">Add related link</button>
    </>,
  );
  if (!editor) throw new Error('no editor');
  return { container: mounted.container, current: editor };
}

/** Types at the editor's caret, as ProseMirror receives text input. */
async function typeInBody(current: Editor, text: string): Promise<void> {
  await act(async () => {
    current.commands.insertContent(text);
  });
}

/** TipTap's focus() lands on the next animation frame, as it does in the browser. */
async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

const caseTexts = (current: Editor) =>
  (current.getJSON().content ?? []).filter((node) => node.type === 'caseSection').map((node) => JSON.stringify(node.content));

describe('keys between a case title and its text', () => {
  it('Enter in a title continues at the start of that case’s text', async () => {
    const { container, current } = await open();
    const title = byLabel(container, 'Title of Case 1');
    await typeInto(title, 'Alpha Ferry');
    await press(title, 'Enter');
    await typeInBody(current, 'Zhong: ');
    expect(current.getJSON().content?.[1]).toEqual({
      type: 'caseSection',
      attrs: { title: 'Alpha Ferry' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zhong: first' }] }],
    });
  });

  it('Enter in the title of a case that opens with a figure adds a first paragraph', async () => {
    const { container, current } = await open();
    await press(byLabel(container, 'Title of Case 2'), 'Enter');
    await typeInBody(current, 'Above the photo.');
    expect(caseTexts(current)[1]).toBe(
      JSON.stringify([
        { type: 'paragraph', content: [{ type: 'text', text: 'Above the photo.' }] },
        { type: 'figure', attrs: { mediaId: 'm_1', src: 'media/m_1.webp', caption: 'Pier', credit: 'Staff', alt: 'A pier' } },
      ]),
    );
  });

  it('an Enter that commits an input method’s composition stays in the title', async () => {
    const { container, current } = await open();
    const title = byLabel(container, 'Title of Case 1');
    title?.focus();
    await press(title, 'Enter', { isComposing: true });
    await press(title, 'Enter', { keyCode: 229 });
    await nextFrame();
    expect(document.activeElement).toBe(title);
    expect(current.getJSON().content?.[1]?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }]);
  });

  it('Backspace at the start of a case’s text goes to the end of its title, and deletes nothing', async () => {
    const { container, current } = await open();
    await press(byLabel(container, 'Title of Case 1'), 'Enter');
    await nextFrame();
    await press(current.view.dom, 'Backspace');
    const title = byLabel(container, 'Title of Case 1');
    expect(document.activeElement).toBe(title);
    expect(title).toHaveProperty('selectionStart', 'Alpha'.length);
    expect(caseTexts(current)[0]).toBe(JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }]));
  });

  it('Tab goes from a title into its text and on to the next case’s title; Shift+Tab goes back to the title', async () => {
    const { container, current } = await open();
    await press(byLabel(container, 'Title of Case 1'), 'Tab');
    await nextFrame();
    expect(document.activeElement).toBe(current.view.dom);
    await press(current.view.dom, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(byLabel(container, 'Title of Case 1'));
    await press(byLabel(container, 'Title of Case 1'), 'Tab');
    await nextFrame();
    await press(current.view.dom, 'Tab');
    expect(document.activeElement).toBe(byLabel(container, 'Title of Case 2'));
    // From the last case's text, Tab leaves the editor (not back up to case 1's title).
    await press(byLabel(container, 'Title of Case 2'), 'Tab');
    await press(current.view.dom, 'Tab');
    expect(document.activeElement?.textContent).toBe('Add related link');
  });

  it('Ctrl+Enter in a title leaves the case into a new paragraph after it', async () => {
    const { container, current } = await open();
    await press(byLabel(container, 'Title of Case 1'), 'Enter', { ctrlKey: true });
    await typeInBody(current, 'Between the cases.');
    expect(current.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'caseSection', 'paragraph', 'caseSection', 'paragraph']);
    expect(current.getJSON().content?.[2]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Between the cases.' }] });
  });
});

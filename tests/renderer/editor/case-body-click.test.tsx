// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../../shared/article';
import { ArticleBodyEditor } from '../../../renderer/editor/ArticleBodyEditor';
import { mount, type Mounted } from '../article/mount';

const body: ArticleBody = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] },
    { type: 'caseSection', attrs: { title: 'Former employee' }, content: [{ type: 'paragraph' }] },
  ],
};

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
    <ArticleBodyEditor
      body={body}
      label="Article body"
      language="en"
      onChange={() => {}}
      onEditor={(next) => {
        editor = next;
      }}
    />,
  );
  if (!editor) throw new Error('no editor');
  return { container: mounted.container, current: editor };
}

/** A click on `element` that ProseMirror resolved to `pos` (jsdom has no layout to resolve it). */
function clickResolvedTo(current: Editor, element: Element, pos: number): boolean {
  const event = new MouseEvent('click', { bubbles: true });
  element.dispatchEvent(event);
  return current.view.someProp('handleClick', (handle) => handle(current.view, pos, event)) === true;
}

describe('clicking into a case body', () => {
  it('puts the caret in the clicked case when the click resolved to the start of the article', async () => {
    const { container, current } = await open();
    const caseBody = container.querySelector('.case-section__content');
    if (!caseBody) throw new Error('no case body');

    expect(clickResolvedTo(current, caseBody, 1)).toBe(true);
    await act(async () => {
      current.commands.insertContent('Zhong spoke.');
    });
    expect(current.getJSON().content?.slice(0, 2)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] },
      { type: 'caseSection', attrs: { title: 'Former employee' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zhong spoke.' }] }] },
    ]);
  });

  it('leaves clicks in the intro and on the case header to ProseMirror and the title field', async () => {
    const { container, current } = await open();
    const intro = container.querySelector('.body-editor__content > p');
    const header = container.querySelector('.case-section__header');
    if (!intro || !header) throw new Error('missing parts');
    expect(clickResolvedTo(current, intro, 3)).toBe(false);
    expect(clickResolvedTo(current, header, 1)).toBe(false);
  });
});

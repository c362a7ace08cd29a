// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPendingEdits, PendingEditsContext, type PendingEdits } from '../../../renderer/autosave/pending-edits';
import { ArticleBodyEditor } from '../../../renderer/editor/ArticleBodyEditor';
import type { ArticleBody } from '../../../shared/article';
import { mount, type Mounted } from '../article/mount';

const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] }] };

// jsdom has no layout: ProseMirror's scroll-into-view asks ranges for rectangles.
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null });
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

const textOf = (next: ArticleBody) => JSON.stringify(next.content?.[0]);
const paragraph = (text: string) => JSON.stringify({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('ArticleBodyEditor hands typed text over to autosave', () => {
  let mounted: Mounted | undefined;
  let editor: Editor | null = null;
  let edits: PendingEdits;
  const onChange = vi.fn<(next: ArticleBody) => void>();

  beforeEach(async () => {
    vi.useFakeTimers();
    onChange.mockReset();
    edits = createPendingEdits();
    mounted = await mount(
      <PendingEditsContext.Provider value={edits}>
        <ArticleBodyEditor body={body} label="Article body" language="en" onChange={onChange} onEditor={(current) => (editor = current)} />
      </PendingEditsContext.Provider>,
    );
  });

  afterEach(async () => {
    await mounted?.unmount();
    vi.useRealTimers();
  });

  const typeAtEnd = (text: string) =>
    act(async () => {
      editor?.commands.insertContentAt((editor?.state.doc.content.size ?? 2) - 1, text);
    });

  it('while typing goes on, only marks the change for autosave (no serializing per keystroke); hands over at a pause', async () => {
    let marked = 0;
    edits.onChanged(() => (marked += 1));
    // A keystroke every 100 ms for 2 s: the 200 ms pause never comes.
    for (let keystroke = 0; keystroke < 20; keystroke += 1) {
      await typeAtEnd('x');
      await act(async () => vi.advanceTimersByTime(100));
    }
    expect(marked).toBe(20);
    expect(onChange).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(200));
    expect(onChange.mock.calls.map(([next]) => textOf(next))).toEqual([paragraph(`Intro${'x'.repeat(20)}`)]);
  });

  it('at once, synchronously, when autosave asks (leaving, closing, Ctrl+S)', async () => {
    await typeAtEnd(' last words');
    expect(onChange).not.toHaveBeenCalled();
    edits.handOverAll();
    expect(onChange.mock.calls.map(([next]) => textOf(next))).toEqual([paragraph('Intro last words')]);
    // Nothing waits any more: the timer does not hand the same text over again.
    await act(async () => vi.advanceTimersByTime(1000));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('when the editor is unmounted (leaving the screen)', async () => {
    await typeAtEnd(' leaving');
    await mounted?.unmount();
    mounted = undefined;
    expect(onChange.mock.calls.map(([next]) => textOf(next))).toEqual([paragraph('Intro leaving')]);
  });
});

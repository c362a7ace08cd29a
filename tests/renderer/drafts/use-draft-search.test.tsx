// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { useInvalidateDesk } from '../../../renderer/api/use-desk-query';
import { useDraftSearch, type DraftSearchState } from '../../../renderer/screens/drafts/use-draft-search';
import type { DraftSearchQuery } from '../../../shared/desk-api-drafts';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const query: DraftSearchQuery = { query: '渡輪', scope: 'content', sort: 'newest', offset: 0, limit: 20 };

describe('useDraftSearch', () => {
  let container: HTMLDivElement;
  let root: Root;
  let state: DraftSearchState;
  let answer: (value: unknown) => void = () => {};

  function Harness() {
    state = useDraftSearch(query);
    return null;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    // A search that waits, as while the index is rebuilt after a start without snapshot.
    const transport: DeskTransport = () => new Promise((resolve) => (answer = resolve));
    act(() => root.render(<DeskProvider client={createDeskClient(transport)}><Harness /></DeskProvider>));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  it('says a search is on its way until the desk answers', async () => {
    // The first list is asked for at once.
    expect(state.searching).toBe(true);
    expect(state.hits).toBeNull();
    await act(async () => answer({ ok: true, value: { total: 0, hits: [] } }));
    await act(async () => vi.advanceTimersByTime(0));
    expect(state.searching).toBe(false);
    expect(state.hits).toEqual([]);
  });

  it('stops saying so when the desk answers with an error', async () => {
    await act(async () => vi.advanceTimersByTime(200));
    await act(async () => answer({ ok: false, error: { code: 'internal', message: 'Search failed.' } }));
    await act(async () => vi.advanceTimersByTime(0));
    expect(state.searching).toBe(false);
    expect(state.error?.message).toBe('Search failed.');
  });

  it('searches at once for the first list and after a reload, and waits for a pause while the query is typed', async () => {
    const asked: string[] = [];
    const transport: DeskTransport = async (_channel, request) => {
      asked.push(JSON.stringify(request));
      return { ok: true, value: { total: 0, hits: [] } };
    };
    let reload: () => Promise<void> = async () => {};
    function Typed({ text }: { text: string }) {
      useDraftSearch({ ...query, query: text });
      const invalidate = useInvalidateDesk();
      reload = () => invalidate('drafts:search');
      return null;
    }
    const client = createDeskClient(transport);
    const render = (text: string) => act(async () => root.render(<DeskProvider client={client}><Typed text={text} /></DeskProvider>));
    act(() => root.unmount());
    root = createRoot(container);
    await render('渡');
    await act(async () => vi.advanceTimersByTime(0));
    expect(asked).toHaveLength(1);
    // After an import or a delete: the same query again, at once.
    await act(async () => reload());
    await act(async () => vi.advanceTimersByTime(0));
    expect(asked).toHaveLength(2);
    // Typing: only after the pause, and only the last text.
    await render('渡輪');
    await render('渡輪加');
    await act(async () => vi.advanceTimersByTime(100));
    expect(asked).toHaveLength(2);
    await act(async () => vi.advanceTimersByTime(200));
    expect(asked.map((request) => JSON.parse(request).query)).toEqual(['渡', '渡', '渡輪加']);
  });
});

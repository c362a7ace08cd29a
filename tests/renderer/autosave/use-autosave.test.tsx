// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave, type Autosave, type AutosaveExit, type SaveOptions } from '../../../renderer/autosave/use-autosave';
import type { Result } from '../../../shared/result';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

type Save = (content: string, options: SaveOptions) => Promise<Result<unknown>>;

const autosaved = { explicit: false, leaving: false };
const leaving = { explicit: false, leaving: true };

describe('useAutosave', () => {
  let container: HTMLDivElement;
  let root: Root;
  let autosave: Autosave<string>;
  let save: ReturnType<typeof vi.fn<Save>>;
  let exit: AutosaveExit<string>;
  /** Text an editor holds back until asked (as the body editor does between keystrokes). */
  let heldBack: string | null = null;

  function Harness({ onSave }: { onSave: Save }) {
    autosave = useAutosave(onSave, { exit });
    const { edits, schedule } = autosave;
    useEffect(
      () =>
        edits.register(() => {
          if (heldBack === null) return;
          schedule(heldBack);
          heldBack = null;
        }),
      [edits, schedule],
    );
    return <p role="status">{autosave.status.state}</p>;
  }

  function mount() {
    act(() => root.render(<Harness onSave={save} />));
  }

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    save = vi.fn<Save>(async () => ({ ok: true, value: {} }));
    exit = { outlives: () => true, mayAsk: true };
    heldBack = null;
    mount();
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    delete window.copydeskWindow;
    vi.useRealTimers();
  });

  const status = () => container.querySelector('[role=status]')?.textContent;
  const saved = () => save.mock.calls.map(([content]) => content);

  function beforeUnload(): boolean {
    const event = new Event('beforeunload', { cancelable: true });
    act(() => window.dispatchEvent(event));
    return event.defaultPrevented;
  }

  it('saves the newest text within a second after typing stops, once', async () => {
    act(() => {
      autosave.schedule('F');
      autosave.schedule('Fe');
      autosave.schedule('Fer');
    });
    expect(status()).toBe('unsaved');
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(save.mock.calls).toEqual([['Fer', autosaved]]);
    expect(status()).toBe('saved');
  });

  it('saves at least every 3 seconds while typing goes on without a pause', async () => {
    // One keystroke every 150 ms for 9 s: never a pause long enough for the quiet timer.
    let text = '';
    const savedAt: number[] = [];
    save.mockImplementation(async () => {
      savedAt.push(Date.now());
      return { ok: true, value: {} };
    });
    const startedAt = Date.now();
    for (let keystroke = 0; keystroke < 60; keystroke += 1) {
      text += 'a';
      act(() => autosave.schedule(text));
      await act(() => vi.advanceTimersByTimeAsync(150));
    }
    const times = [startedAt, ...savedAt];
    const gaps = savedAt.map((at, index) => at - (times[index] ?? at));
    expect(savedAt.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3000);
    // Every save wrote the text as it stood then: the last one is no older than 3 s of typing.
    expect(text.length - (saved().at(-1)?.length ?? 0)).toBeLessThanOrEqual(3000 / 150);
  });

  it('asks an editor that only marks its changes for its text at the max wait, while typing goes on', async () => {
    let text = 'Typed';
    for (let keystroke = 0; keystroke < 30; keystroke += 1) {
      text += '.';
      heldBack = text;
      act(() => autosave.edits.markChanged());
      expect(status()).toBe('unsaved');
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    // 3 s of keystrokes 100 ms apart: the 2 s max wait took the text held back at that moment.
    expect(saved()).toEqual([`Typed${'.'.repeat(20)}`]);
  });

  it('saves at once when the window loses focus', async () => {
    act(() => autosave.schedule('Ferry'));
    await act(async () => {
      window.dispatchEvent(new Event('blur'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledWith('Ferry', autosaved);
  });

  it('hands the last write over to outlive the page when the tab is hidden, synchronously', async () => {
    act(() => autosave.schedule('Hidden tab'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      // No timers run and no promise settles: the page may get no later turn.
      act(() => document.dispatchEvent(new Event('visibilitychange')));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(save.mock.calls).toEqual([['Hidden tab', leaving]]);
    await act(() => vi.advanceTimersByTimeAsync(0));
  });

  it('on pagehide, takes the text an editor still holds back and writes it at once, even with a write in flight', async () => {
    let finish: (result: Result<unknown>) => void = () => {};
    save.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    act(() => autosave.schedule('First'));
    act(() => window.dispatchEvent(new Event('blur')));
    expect(saved()).toEqual(['First']);
    heldBack = 'First and last words';
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(save.mock.calls.at(-1)).toEqual(['First and last words', leaving]);
    finish({ ok: true, value: {} });
    await act(() => vi.advanceTimersByTimeAsync(0));
  });

  it('asks before leaving only while something could still be lost', async () => {
    // Nothing typed: no prompt.
    expect(beforeUnload()).toBe(false);
    // Typed, and the last write outlives the page (keepalive): no prompt, and it was written.
    act(() => autosave.schedule('Small draft'));
    expect(beforeUnload()).toBe(false);
    expect(save.mock.calls.at(-1)).toEqual(['Small draft', leaving]);
    await act(() => vi.advanceTimersByTimeAsync(0));
    // Too large to outlive the page: ask.
    exit = { outlives: () => false, mayAsk: true };
    mount();
    act(() => autosave.schedule('A draft too large for keepalive'));
    expect(beforeUnload()).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(0));
    // Once it is written, no more prompt.
    expect(status()).toBe('saved');
    expect(beforeUnload()).toBe(false);
  });

  it('asks before leaving while an earlier write failed, and never asks in Electron', async () => {
    save.mockResolvedValue({ ok: false, error: { code: 'disk_full', message: 'The disk is full' } });
    act(() => autosave.schedule('Kept text'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status()).toBe('failed');
    expect(beforeUnload()).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(0));
    // In Electron preventDefault would silently cancel the close: the main process saves instead.
    exit = { outlives: () => true, mayAsk: false };
    mount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(beforeUnload()).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(0));
  });

  it('writes what is pending when Electron says the window is closing, and reports whether it was saved', async () => {
    let closing: (() => Promise<boolean>) | null = null;
    window.copydeskWindow = {
      onClosing(listener) {
        closing = listener;
        return () => (closing = null);
      },
    };
    act(() => root.unmount());
    root = createRoot(container);
    mount();
    heldBack = 'Typed just before closing';
    let answer: boolean | undefined;
    await act(async () => {
      answer = await closing?.();
    });
    expect(saved()).toEqual(['Typed just before closing']);
    expect(answer).toBe(true);
  });

  it('keeps the text after a failed save, shows why, and retries until it is written', async () => {
    save.mockResolvedValueOnce({ ok: false, error: { code: 'disk_full', message: 'The disk is full' } });
    act(() => autosave.schedule('Kept text'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status()).toBe('failed');
    expect(autosave.status).toMatchObject({ state: 'failed', error: { code: 'disk_full' } });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(saved()).toEqual(['Kept text', 'Kept text']);
    expect(status()).toBe('saved');
  });

  it('Ctrl+S saves the latest text as an explicit save, even with nothing pending', async () => {
    act(() => autosave.schedule('Lead'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }));
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(save.mock.calls).toEqual([
      ['Lead', autosaved],
      ['Lead', { explicit: true, leaving: false }],
    ]);
  });

  it('writes what is pending when the screen is left', async () => {
    act(() => autosave.schedule('Leaving the screen'));
    act(() => root.unmount());
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(saved()).toEqual(['Leaving the screen']);
    root = createRoot(container);
  });
});

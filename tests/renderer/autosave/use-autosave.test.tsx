// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave, type Autosave, type SaveOptions } from '../../../renderer/autosave/use-autosave';
import type { Result } from '../../../shared/result';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

type Save = (content: string, options: SaveOptions) => Promise<Result<unknown>>;

describe('useAutosave', () => {
  let container: HTMLDivElement;
  let root: Root;
  let autosave: Autosave<string>;
  let save: ReturnType<typeof vi.fn<Save>>;

  function Harness({ onSave }: { onSave: Save }) {
    autosave = useAutosave(onSave);
    return <p role="status">{autosave.status.state}</p>;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    save = vi.fn<Save>(async () => ({ ok: true, value: {} }));
    act(() => root.render(<Harness onSave={save} />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  const status = () => container.querySelector('[role=status]')?.textContent;

  it('saves the newest text within a second after typing stops, once', async () => {
    act(() => {
      autosave.schedule('F');
      autosave.schedule('Fe');
      autosave.schedule('Fer');
    });
    expect(status()).toBe('unsaved');
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(save.mock.calls).toEqual([['Fer', { explicit: false }]]);
    expect(status()).toBe('saved');
  });

  it('saves at once when the window loses focus', async () => {
    act(() => autosave.schedule('Ferry'));
    await act(async () => {
      window.dispatchEvent(new Event('blur'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledWith('Ferry', { explicit: false });
  });

  it('keeps the text after a failed save, shows why, and retries until it is written', async () => {
    save.mockResolvedValueOnce({ ok: false, error: { code: 'disk_full', message: 'The disk is full' } });
    act(() => autosave.schedule('Kept text'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status()).toBe('failed');
    expect(autosave.status).toMatchObject({ state: 'failed', error: { code: 'disk_full' } });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save.mock.calls.map(([content]) => content)).toEqual(['Kept text', 'Kept text']);
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
      ['Lead', { explicit: false }],
      ['Lead', { explicit: true }],
    ]);
  });
});

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskErrorBody, Result } from '../../shared/result';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; error: DeskErrorBody };

export interface Autosave<T> {
  status: SaveStatus;
  /** Remember the latest content; it is written at most `delayMs` after changes stop. */
  schedule(content: T): void;
  /** Write whatever is pending now (blur, Ctrl+S, leaving the screen, closing the window). */
  flush(): Promise<void>;
}

/**
 * Debounced, serialized saving: one write at a time, the newest content always wins, a failed
 * write keeps the content pending (the text stays in the editor) and is retried on the next
 * change or flush.
 */
export function useAutosave<T>(save: (content: T) => Promise<Result<unknown>>, delayMs = 800): Autosave<T> {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef<{ content: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setStatus({ state: 'saving' });
    const write = saveRef.current(next.content).then((result) => {
      if (result.ok) {
        setStatus(pending.current ? { state: 'unsaved' } : { state: 'saved' });
      } else {
        pending.current ??= next;
        setStatus({ state: 'failed', error: result.error });
      }
    });
    running.current = write;
    await write;
    running.current = null;
  }, []);

  const schedule = useCallback(
    (content: T) => {
      pending.current = { content };
      setStatus((current) => (current.state === 'failed' ? current : { state: 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const flushNow = () => void flush();
    window.addEventListener('blur', flushNow);
    window.addEventListener('pagehide', flushNow);
    const warnIfPending = (event: BeforeUnloadEvent) => {
      if (!pending.current && !running.current) return;
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warnIfPending);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', warnIfPending);
      void flush();
    };
  }, [flush]);

  return { status, schedule, flush };
}

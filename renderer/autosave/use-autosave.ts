import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskErrorBody, Result } from '../../shared/result';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; error: DeskErrorBody };

export interface SaveOptions {
  /** Ctrl/Cmd+S: the desk keeps a revision of this save in History. */
  explicit: boolean;
}

export interface Autosave<T> {
  status: SaveStatus;
  /** Remember the latest content; it is written at most `delayMs` after changes stop. */
  schedule(content: T): void;
  /** Write whatever is pending now (blur, leaving the screen, closing the window). */
  flush(): Promise<void>;
  /** Ctrl/Cmd+S: write the latest content now as an explicit save, even if nothing changed. */
  saveNow(): Promise<void>;
}

const retryMs = 5000;

/**
 * Debounced, serialized saving: one write at a time, the newest content always wins, a failed
 * write (full disk, read-only folder) keeps the content pending — the text stays in the editor —
 * and is retried every few seconds, on the next change and on flush.
 */
export function useAutosave<T>(save: (content: T, options: SaveOptions) => Promise<Result<unknown>>, delayMs = 800): Autosave<T> {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef<{ content: T; explicit: boolean } | null>(null);
  const latest = useRef<T | null>(null);
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
    const write = saveRef.current(next.content, { explicit: next.explicit }).then((result) => {
      if (result.ok) {
        setStatus(pending.current ? { state: 'unsaved' } : { state: 'saved' });
        return;
      }
      // Keep the text to write; a newer change (if any) replaces it but stays explicit if this was.
      pending.current = pending.current ? { ...pending.current, explicit: pending.current.explicit || next.explicit } : next;
      setStatus({ state: 'failed', error: result.error });
    });
    running.current = write;
    await write;
    running.current = null;
  }, []);

  // A full disk may be freed, a folder made writable again: keep trying while the text waits.
  useEffect(() => {
    if (status.state !== 'failed') return;
    const retry = setTimeout(() => void flush(), retryMs);
    return () => clearTimeout(retry);
  }, [status, flush]);

  const schedule = useCallback(
    (content: T) => {
      pending.current = { content, explicit: pending.current?.explicit ?? false };
      latest.current = content;
      setStatus((current) => (current.state === 'failed' ? current : { state: 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    const content = pending.current?.content ?? latest.current;
    if (content === null) return;
    pending.current = { content, explicit: true };
    await flush();
  }, [flush]);

  useEffect(() => {
    const flushNow = () => void flush();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('blur', flushNow);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('keydown', onKey);
    const warnIfPending = (event: BeforeUnloadEvent) => {
      if (!pending.current && !running.current) return;
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warnIfPending);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', warnIfPending);
      void flush();
    };
  }, [flush, saveNow]);

  return { status, schedule, flush, saveNow };
}

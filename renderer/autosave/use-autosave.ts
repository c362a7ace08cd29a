import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { onWindowClosing } from '../api/on-window-closing';
import { createAutosaveEngine, type SaveOptions, type SaveStatus } from './autosave-engine';
import { autosaveTiming } from './autosave-timing';
import { createPendingEdits, type PendingEdits } from './pending-edits';

export type { SaveOptions, SaveStatus } from './autosave-engine';

/** Where the page runs, seen from saving (see renderer/api/page-exit.ts). */
export interface AutosaveExit<T> {
  /** True when a write of this content started while leaving still reaches the desk. */
  outlives(content: T): boolean;
  /** True when the browser's "leave page?" prompt may be shown (not in Electron). */
  mayAsk: boolean;
}

export interface AutosaveOptions<T> {
  quietMs?: number;
  maxWaitMs?: number;
  exit?: AutosaveExit<T>;
}

export interface Autosave<T> {
  status: SaveStatus;
  /** Remember the latest content; written within a second of a pause, at most 2 s later while typing goes on. */
  schedule(content: T): void;
  /** Write whatever is pending now (blur, leaving the screen, closing the window). */
  flush(): Promise<void>;
  /** Ctrl/Cmd+S: write the latest content now as an explicit save, even if nothing changed. */
  saveNow(): Promise<void>;
  /** Where editors that hold typed text back register, so every flush takes their text first. */
  edits: PendingEdits;
}

const everywhere: AutosaveExit<unknown> = { outlives: () => true, mayAsk: true };

/**
 * Saving that cannot miss: after a pause and at a max wait while typing goes on; at once on
 * blur, when the tab is hidden or the page goes (a write that outlives the page), when leaving
 * the screen and when Electron closes the window. The "leave page?" prompt appears only when
 * something could still be lost.
 */
export function useAutosave<T>(save: (content: T, options: SaveOptions) => Promise<Result<unknown>>, options: AutosaveOptions<T> = {}): Autosave<T> {
  const { quietMs = autosaveTiming.quietMs, maxWaitMs = autosaveTiming.maxWaitMs, exit = everywhere } = options;
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const exitRef = useRef(exit);
  const [edits] = useState(createPendingEdits);
  const [engine] = useState(() =>
    createAutosaveEngine<T>({ save, outlives: (content) => exit.outlives(content), handOver: () => edits.handOverAll(), onStatus: setStatus, quietMs, maxWaitMs }),
  );
  useEffect(() => edits.onChanged(() => engine.markChanged()), [edits, engine]);
  // The screen may pass a new save function (another draft id) or exit policy on any render.
  useEffect(() => {
    exitRef.current = exit;
    engine.update({ save, outlives: (content) => exit.outlives(content) });
  });

  useEffect(() => {
    const flushNow = () => void engine.flush();
    const leave = () => void engine.leave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') engine.leave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const safe = engine.leave();
      if (!safe && exitRef.current.mayAsk) event.preventDefault();
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void engine.saveNow();
      }
    };
    window.addEventListener('blur', flushNow);
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onVisibility);
    const stopClosing = onWindowClosing(() => engine.flush());
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onVisibility);
      stopClosing();
      // Leaving the screen writes what is pending.
      flushNow();
    };
  }, [engine]);

  const [api] = useState(() => ({
    schedule: (content: T) => engine.schedule(content),
    flush: async () => {
      await engine.flush();
    },
    saveNow: () => engine.saveNow(),
  }));
  return { status, edits, ...api };
}

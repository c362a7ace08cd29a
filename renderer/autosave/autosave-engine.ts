import type { DeskErrorBody, Result } from '../../shared/result';
import { createPauseTimer } from './pause-timer';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; error: DeskErrorBody };

export interface SaveOptions {
  /** Ctrl/Cmd+S: the desk keeps a revision of this save in History. */
  explicit: boolean;
  /** The page is going away: the write must outlive it (keepalive in web mode). */
  leaving: boolean;
}

export interface AutosaveEngineOptions<T> {
  save: (content: T, options: SaveOptions) => Promise<Result<unknown>>;
  onStatus: (status: SaveStatus) => void;
  quietMs: number;
  maxWaitMs: number;
  /** Editors holding typed text back (the body editor) pass it on before any write. */
  handOver?: () => void;
  /** Whether a write of this content started while leaving still reaches the desk. */
  outlives?: (content: T) => boolean;
  retryMs?: number;
}

export interface AutosaveEngine<T> {
  /** Remember the latest content; written after a pause, or at the max wait while typing goes on. */
  schedule(content: T): void;
  /** An editor changed but holds its text back until asked (`handOver`): run the timers anyway. */
  markChanged(): void;
  /** Write whatever is pending now, after the write in flight; true when everything is saved. */
  flush(): Promise<boolean>;
  /** Ctrl/Cmd+S: write the latest content now as an explicit save, even if nothing changed. */
  saveNow(): Promise<void>;
  /**
   * The page is going away and may get no later turn: start the last write at once, without
   * waiting for the one in flight. True when nothing is left that could be lost (so there is no
   * need to ask the person before leaving).
   */
  leave(): boolean;
  /** The screen's newest save function and exit policy (they may change between renders). */
  update(next: Pick<AutosaveEngineOptions<T>, 'save' | 'outlives'>): void;
  /** Stop the timers (the content stays pending). */
  dispose(): void;
}

interface Pending<T> {
  content: T;
  explicit: boolean;
  /** Grows with every change: a failed older write must not bring back older text. */
  version: number;
}

interface Write {
  done: Promise<void>;
  outlives: boolean;
}

/**
 * The saving state machine behind useAutosave, free of React and DOM so it is tested directly.
 * States: saved (nothing pending, nothing in flight) → unsaved (pending, timer running) → saving
 * (a write in flight) → saved, or failed (the content is kept pending and retried every few
 * seconds, on the next change and on flush — a full disk may be freed, the text stays).
 */
export function createAutosaveEngine<T>(options: AutosaveEngineOptions<T>): AutosaveEngine<T> {
  const { onStatus, handOver = () => {}, retryMs = 5000 } = options;
  let { save, outlives = () => true } = options;
  let pending: Pending<T> | null = null;
  let latest: Pending<T> | null = null;
  let lastSent: Pending<T> | null = null;
  let version = 0;
  let newestStarted = 0;
  let failure: DeskErrorBody | null = null;
  let heldBack = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const writes = new Set<Write>();
  const timer = createPauseTimer({ quietMs: options.quietMs, maxWaitMs: options.maxWaitMs, onDue: () => void flush() });

  function report(): void {
    if (failure) onStatus({ state: 'failed', error: failure });
    else if (pending || heldBack) onStatus({ state: 'unsaved' });
    else if (writes.size > 0) onStatus({ state: 'saving' });
    else onStatus({ state: 'saved' });
  }

  function clearRetry(): void {
    if (retry !== null) clearTimeout(retry);
    retry = null;
  }

  function finished(next: Pending<T>, result: Result<unknown>): void {
    if (!result.ok) {
      // Keep the text to write, unless a newer write already carries newer text.
      if (pending) pending = { ...pending, explicit: pending.explicit || next.explicit };
      else if (newestStarted <= next.version) pending = next;
      failure = result.error;
      clearRetry();
      retry = setTimeout(() => void flush(), retryMs);
    }
    report();
  }

  function start(next: Pending<T>, leaving: boolean): Write {
    pending = null;
    timer.cancel();
    clearRetry();
    failure = null;
    newestStarted = Math.max(newestStarted, next.version);
    lastSent = next;
    const write: Write = { outlives: leaving && outlives(next.content), done: Promise.resolve() };
    write.done = save(next.content, { explicit: next.explicit, leaving })
      .catch((): Result<unknown> => ({ ok: false, error: { code: 'offline', message: 'The desk could not be reached.' } }))
      .then((result) => {
        writes.delete(write);
        finished(next, result);
      });
    writes.add(write);
    report();
    return write;
  }

  function takeHeldBack(): void {
    heldBack = false;
    handOver();
  }

  async function flush(): Promise<boolean> {
    takeHeldBack();
    timer.cancel();
    while (writes.size > 0) await Promise.all([...writes].map((write) => write.done));
    if (pending) await start(pending, false).done;
    // An editor may have had nothing to hand over after all: the status must not stay "unsaved".
    else report();
    return pending === null && failure === null;
  }

  return {
    schedule(content) {
      version += 1;
      pending = { content, explicit: pending?.explicit ?? false, version };
      latest = pending;
      timer.touch();
      report();
    },
    flush,
    markChanged() {
      heldBack = true;
      timer.touch();
      report();
    },
    async saveNow() {
      takeHeldBack();
      const content = pending?.content ?? latest?.content;
      if (content === undefined) return;
      version += 1;
      pending = { content, explicit: true, version };
      await flush();
    },
    leave() {
      takeHeldBack();
      const wasFailing = failure !== null;
      // A write already in flight may be cut off with the page: send its text again, with keepalive.
      const unsure = [...writes].some((write) => !write.outlives);
      const next = pending ?? (unsure ? lastSent : null);
      // The write just started carries the newest text; older ones in flight no longer matter.
      const last = next ? start(next, true) : null;
      return !wasFailing && (last ? last.outlives : true);
    },
    update(next) {
      save = next.save;
      outlives = next.outlives ?? (() => true);
    },
    dispose() {
      timer.cancel();
      clearRetry();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { windowEvents } from '../../shared/desk-api';
import type { SenderFrameLike } from './desk-ipc';

/** The parts of Electron this module uses, so it can be tested without Electron. */
export interface PreventableEventLike {
  preventDefault(): void;
}
export interface ClosingWindowLike {
  on(event: 'close', listener: (event: PreventableEventLike) => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, payload: unknown): void };
}
export interface ReplyEventLike {
  sender: unknown;
  senderFrame: SenderFrameLike | null;
}
export interface IpcMainEventsLike {
  on(channel: string, listener: (event: ReplyEventLike, payload: unknown) => void): unknown;
}

export interface CloseFlowOptions {
  ipcMain: IpcMainEventsLike;
  isTrustedFrame: (frame: SenderFrameLike) => boolean;
  /** Waits for the desk's own draft writes in flight (those the renderer just started, too). */
  flushDesk: () => Promise<void>;
  /** Closes the desk for good before the process quits. */
  closeDesk: () => Promise<void>;
  quit: () => void;
  /** A renderer that is hung or crashed never blocks closing longer than this. */
  timeoutMs?: number;
  newRequestId?: () => string;
}

export interface CloseFlow {
  /** Closing this window first asks its page to write what is pending and waits for it. */
  guardWindow(window: ClosingWindowLike): void;
  /** For app 'before-quit': every window saves, then the desk closes, then the app quits. */
  beforeQuit(event: PreventableEventLike): void;
}

type Phase = 'running' | 'saving' | 'quitting';

/**
 * Closing or quitting without losing the last words: the window's close is held back while its
 * page hands over what it has not written yet (`window:closing` → `window:readyToClose`) and the
 * desk writes it; then the window closes. The wait is bounded, so closing always happens.
 */
export function createCloseFlow(options: CloseFlowOptions): CloseFlow {
  const { ipcMain, isTrustedFrame, flushDesk, closeDesk, quit, timeoutMs = 5000, newRequestId = randomUUID } = options;
  const windows = new Set<ClosingWindowLike>();
  const released = new WeakSet<ClosingWindowLike>();
  const saving = new Map<ClosingWindowLike, Promise<void>>();
  const waiting = new Map<string, { window: ClosingWindowLike; answer: () => void }>();
  let phase: Phase = 'running';

  ipcMain.on(windowEvents.readyToClose.channel, (event, payload) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedFrame(frame)) return;
    const parsed = windowEvents.readyToClose.payload.safeParse(payload);
    if (!parsed.success) return;
    const request = waiting.get(parsed.data.requestId);
    // Only the page that was asked may answer for its window.
    if (!request || request.window.webContents !== event.sender) return;
    waiting.delete(parsed.data.requestId);
    request.answer();
  });

  function askPage(window: ClosingWindowLike): Promise<void> {
    return new Promise((resolve) => {
      const requestId = newRequestId();
      waiting.set(requestId, { window, answer: resolve });
      try {
        window.webContents.send(windowEvents.closing.channel, { requestId });
      } catch {
        // A crashed or destroyed page cannot answer: nothing more to wait for from it.
        waiting.delete(requestId);
        resolve();
      }
    });
  }

  function withinTimeout(work: Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      void work.catch(() => {}).finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  function saveOnce(window: ClosingWindowLike): Promise<void> {
    const existing = saving.get(window);
    if (existing) return existing;
    const work = window.isDestroyed() ? Promise.resolve() : withinTimeout(askPage(window).then(flushDesk));
    saving.set(window, work);
    return work;
  }

  return {
    guardWindow(window) {
      windows.add(window);
      window.once('closed', () => {
        windows.delete(window);
        saving.delete(window);
      });
      window.on('close', (event) => {
        if (released.has(window)) return;
        event.preventDefault();
        void saveOnce(window).then(() => {
          released.add(window);
          if (!window.isDestroyed()) window.close();
        });
      });
    },
    beforeQuit(event) {
      if (phase === 'quitting') return;
      event.preventDefault();
      if (phase === 'saving') return;
      phase = 'saving';
      const all = [...windows].map((window) => saveOnce(window));
      void Promise.all(all)
        .then(() => withinTimeout(closeDesk()))
        .finally(() => {
          phase = 'quitting';
          for (const window of windows) released.add(window);
          quit();
        });
    },
  };
}

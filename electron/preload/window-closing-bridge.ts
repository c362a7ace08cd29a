import { windowEvents } from '../../shared/desk-api';

/** A listener the page registers: writes what is pending, resolves true when all of it was saved. */
export type ClosingListener = () => Promise<boolean>;

/** The parts of ipcRenderer this module uses, so it can be tested without Electron. */
export interface IpcRendererLike {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void;
  send(channel: string, payload: unknown): void;
}

/** What the page sees as `window.copydeskWindow`: named functions only, never ipcRenderer. */
export interface WindowClosingBridge {
  /** Returns the function that unregisters the listener. */
  onClosing(listener: ClosingListener): () => void;
}

/**
 * Answers the main process's `window:closing`: runs every page listener (each writes its pending
 * text), then replies `window:readyToClose` with the request's id. A listener that throws counts as
 * "not saved"; the reply is sent regardless, so the window can always close.
 */
export function createWindowClosingBridge(ipcRenderer: IpcRendererLike): WindowClosingBridge {
  const listeners = new Set<ClosingListener>();
  ipcRenderer.on(windowEvents.closing.channel, (_event, payload) => {
    const parsed = windowEvents.closing.payload.safeParse(payload);
    if (!parsed.success) return;
    const runs = [...listeners].map((listener) => listener().catch(() => false));
    void Promise.all(runs).then((results) => {
      ipcRenderer.send(windowEvents.readyToClose.channel, { requestId: parsed.data.requestId, saved: results.every(Boolean) });
    });
  });
  return {
    onClosing(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

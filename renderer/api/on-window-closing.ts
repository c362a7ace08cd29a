import './bridge';

/**
 * Electron asks before closing the window or quitting: `listener` writes what is pending and
 * resolves true when all of it was saved. In web mode there is no such question (the page's own
 * pagehide/beforeunload handling covers it), so this does nothing there.
 */
export function onWindowClosing(listener: () => Promise<boolean>): () => void {
  return window.copydeskWindow?.onClosing(listener) ?? (() => {});
}

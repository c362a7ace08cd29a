/** What the Electron preload exposes as `window.copydesk`: `copydesk.<area>.<verb>(request)`. */
export type CopydeskBridge = Record<string, Record<string, (request: unknown) => Promise<unknown>>>;

/** What the preload exposes as `window.copydeskWindow` (see electron/preload/window-closing-bridge.ts). */
export interface CopydeskWindowBridge {
  /** `listener` writes what is pending and resolves true when all of it was saved. */
  onClosing(listener: () => Promise<boolean>): () => void;
}

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
    copydeskWindow?: CopydeskWindowBridge;
  }
}

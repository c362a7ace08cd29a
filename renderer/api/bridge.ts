/** What the Electron preload exposes as `window.copydesk`: `copydesk.<area>.<verb>(request)`. */
export type CopydeskBridge = Record<string, Record<string, (request: unknown) => Promise<unknown>>>;

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

/**
 * What happens to a call the page starts while it is going away (tab closed, reloaded, window
 * closed): it differs between Electron and the browser, and decides whether to ask the person.
 */
export interface PageExit {
  /** True when a call started now with `leaving` still reaches the desk if the page dies at once. */
  outlives(request: unknown): boolean;
  /** True when the page may show the browser's "leave page?" prompt. Electron's main process
   * saves before closing instead: there, `preventDefault` in beforeunload silently cancels the close. */
  mayAsk: boolean;
}

/**
 * Browsers finish a `keepalive` fetch after the page is gone, but only while the bodies of all
 * such requests in flight stay under 64 KiB; a little is kept back for the request's own framing.
 */
export const keepaliveBodyLimitBytes = 60 * 1024;

export function keepaliveBody(request: unknown): string | null {
  const body = JSON.stringify(request);
  return new TextEncoder().encode(body).byteLength <= keepaliveBodyLimitBytes ? body : null;
}

/** Electron: an IPC message is posted to the main process the moment it is sent. */
export const ipcPageExit: PageExit = { outlives: () => true, mayAsk: false };

/** Web mode: only a body small enough for `keepalive` survives the page. */
export const httpPageExit: PageExit = { outlives: (request) => keepaliveBody(request) !== null, mayAsk: true };

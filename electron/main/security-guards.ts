import { isAppUrl, isSafeExternalUrl } from './app-url';

/** The parts of WebContents and Session the guards touch, so they can be tested without Electron. */
export interface NavigationEventLike {
  preventDefault(): void;
}
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEventLike, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: NavigationEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/**
 * The app never navigates away from itself and never opens windows. A link to the web opens in
 * the system browser, and only when it is http(s).
 */
export function guardWebContents(contents: WebContentsLike, openExternal: (url: string) => void, devServerUrl?: string): void {
  const keepHome = (event: NavigationEventLike, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', keepHome);
  contents.on('will-redirect', keepHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, geolocation, notifications…: none is needed, all are refused. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

import { describe, expect, it, vi } from 'vitest';
import { resolveAppFile } from '../../../electron/main/app-files';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/main/app-url';
import {
  denyAllPermissions,
  guardWebContents,
  type NavigationEventLike,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/main/security-guards';
import { createWindowOptions } from '../../../electron/main/window-options';

describe('window options', () => {
  it('sandboxes the page with context isolation and no Node', () => {
    const options = createWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses remembered bounds', () => {
    expect(createWindowOptions('/p', { x: 10, y: 20, width: 1000, height: 700 })).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });
});

type NavigationListener = (event: NavigationEventLike, url: string) => void;

class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, NavigationListener>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: NavigationListener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  navigate(event: string, url: string): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

type RequestHandler = Parameters<SessionLike['setPermissionRequestHandler']>[0];

class FakeSession implements SessionLike {
  private requestHandler: RequestHandler = () => {};
  private checkHandler: () => boolean = () => true;
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.checkHandler = handler;
  }
  request(permission: string, callback: (granted: boolean) => void): void {
    this.requestHandler({}, permission, callback);
  }
  check(): boolean {
    return this.checkHandler();
  }
}

describe('navigation and window guards', () => {
  it('blocks navigation away from the app, allows the app itself', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, () => {});
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://copydesk/index.html')).toBe(false);
    expect(contents.navigate('will-attach-webview', '')).toBe(true);
  });

  it('allows the dev server only when one is configured', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, () => {}, 'http://127.0.0.1:5173/');
    expect(contents.navigate('will-navigate', 'http://127.0.0.1:5173/#/')).toBe(false);
    expect(contents.navigate('will-navigate', 'http://127.0.0.1:9999/')).toBe(true);
  });

  it('denies every new window and opens only http(s) links outside', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents, openExternal);
    expect(contents.openHandler?.({ url: 'https://news.example.hk/a' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://news.example.hk/a');
  });

  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    const granted: boolean[] = [];
    session.request('media', (answer) => granted.push(answer));
    session.request('geolocation', (answer) => granted.push(answer));
    expect(granted).toEqual([false, false]);
    expect(session.check()).toBe(false);
  });

  it('recognizes app and external URLs strictly', () => {
    expect(isAppUrl('app://copydesk/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isSafeExternalUrl('https://example.org')).toBe(true);
    expect(isSafeExternalUrl('mailto:a@example.org')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
  });
});

describe('app:// files', () => {
  it('serves the renderer and the media folder, nothing outside them', () => {
    expect(resolveAppFile('app://copydesk/index.html', '/r', '/d')).toEqual({ path: '/r/index.html', contentType: 'text/html; charset=utf-8' });
    expect(resolveAppFile('app://copydesk/', '/r', '/d')?.path).toBe('/r/index.html');
    expect(resolveAppFile('app://copydesk/media/m1/800.webp', '/r', '/d')?.path).toBe('/d/media/m1/800.webp');
    expect(resolveAppFile('app://copydesk/media/..%2Fdrafts%2Fx.json', '/r', '/d')).toBeNull();
    expect(resolveAppFile('app://copydesk/..%2F..%2Fetc%2Fpasswd', '/r', '/d')).toBeNull();
    expect(resolveAppFile('app://elsewhere/index.html', '/r', '/d')).toBeNull();
  });
});

/**
 * The Electron main process: one secure window, the DeskApi over IPC, the renderer from app://.
 * Logic lives in small modules beside this file (tested in Node); this file only wires them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import { DeskError } from '../../shared/result';
import { createDesk, type Desk } from '../desk/create-desk';
import { newsroomMediaPath, newsroomMediaStatus } from '../desk/newsroom/newsroom-media';
import { chooseTokenVault } from '../desk/newsroom/token-vault';
import { appContentSecurityPolicy } from '../web/content-security-policy';
import { resolveAppFile } from './app-files';
import { appEntryUrl, appScheme, isAppUrl } from './app-url';
import { createCloseFlow } from './close-flow';
import { desktopHandlers } from './desktop-handlers';
import { installDesktopMenu } from './desktop-menu';
import { showDesktopNotifications } from './desktop-notifications';
import { menuLanguage } from './menu-labels';
import { sendDeskEvent } from './send-desk-event';
import { desktopUpdates } from './desktop-updates';
import { registerDeskIpc } from './desk-ipc';
import { devServerUrl as developmentServerUrl } from './dev-server-url';
import { denyAllPermissions, guardWebContents } from './security-guards';
import { reindexInUtilityProcess } from './utility-reindex';
import { createWindowOptions, defaultBounds } from './window-options';

const devServerUrl = developmentServerUrl(process.env, app.isPackaged);
const rendererDir = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

if (process.env.COPYDESK_DATA_DIR) app.setPath('userData', process.env.COPYDESK_DATA_DIR);

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let desk: Desk | null = null;
// Closing or quitting waits (bounded) for the page's pending text to be written.
const closeFlow = createCloseFlow({
  ipcMain,
  isTrustedFrame: (frame) => isAppUrl(frame.url, devServerUrl),
  flushDesk: async () => desk?.drafts.flush(),
  closeDesk: async () => desk?.close(),
  quit: () => app.quit(),
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url), devServerUrl);
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  try {
    desk = await createDesk({
      dataDir: app.getPath('userData'),
      // The session token, encrypted by the OS (never on disk where Linux has no keyring).
      tokenVault: await chooseTokenVault(safeStorage, process.platform, join(app.getPath('userData'), 'newsroom-token.json')),
      appInfo: { name: 'Copydesk', version: app.getVersion(), mode: 'electron', platform: process.platform },
      // Until the app starts a newsroom server of its own, it knows only one named in the environment.
      newsroomUrl: () => process.env.COPYDESK_SERVER_URL,
      // A lost search snapshot is rebuilt in a utility process (the helper is bundled beside main.cjs).
      drafts: { index: { reindex: reindexInUtilityProcess(utilityProcess, join(__dirname, 'reindex-worker.cjs')) } },
    });
  } catch (error) {
    fatal(error);
    return;
  }
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(app.getPath('userData'), desk);
  const current = desk;
  const updates = desktopUpdates(current, () => mainWindow);
  const handlers = desktopHandlers(desk.handlers, updates, (language) => installDesktopMenu(current, updates, () => mainWindow, language));
  registerDeskIpc(ipcMain, handlers, (frame) => isAppUrl(frame.url, devServerUrl), (message, error) =>
    console.error(message, error instanceof Error ? error.message : error),
  );
  installDesktopMenu(current, updates, () => mainWindow, current.settings.get().uiLanguage);
  openWindow(desk);
  showDesktopNotifications({
    onNotifications: (listener) => current.notifications.onNotifications(listener),
    make: (options) => new Notification(options),
    supported: () => Notification.isSupported(),
    language: () => menuLanguage(current.settings.get().uiLanguage, app.getLocale()),
    open: (articleId) => {
      if (!mainWindow) openWindow(current);
      const window = mainWindow;
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      sendDeskEvent(window.webContents, 'notification:open', { articleId });
    },
  });
  updates.start();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && desk) openWindow(desk);
  });
}

function serveAppProtocol(dataDir: string, current: Desk): void {
  protocol.handle(appScheme, async (request) => {
    const picture = newsroomMediaPath(new URL(request.url).pathname);
    if (picture) {
      try {
        const found = await current.newsroomMedia(picture.mediaId, picture.rendition);
        return new Response(Buffer.from(found.bytes), { headers: { 'content-type': found.type, 'cache-control': 'private, max-age=300' } });
      } catch (error) {
        return new Response('The newsroom image could not be fetched.', { status: newsroomMediaStatus(error) });
      }
    }
    const file = resolveAppFile(request.url, rendererDir, dataDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file.path);
      return new Response(body, {
        headers: { 'content-type': file.contentType, 'content-security-policy': appContentSecurityPolicy },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function openWindow(current: Desk): void {
  const remembered = current.settings.windowState();
  const window = new BrowserWindow(createWindowOptions(preloadPath, remembered ?? defaultBounds));
  mainWindow = window;
  closeFlow.guardWindow(window);
  if (remembered?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void current.settings.setWindowState({ ...bounds, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? appEntryUrl);
}

app.on('before-quit', (event) => closeFlow.beforeQuit(event));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

function fatal(error: unknown): void {
  const message =
    error instanceof DeskError || error instanceof Error ? error.message : 'Copydesk could not start. Try again.';
  dialog.showErrorBox('Copydesk', message);
  app.exit(1);
}

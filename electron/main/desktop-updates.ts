/** Wiring only: the update controller with electron-updater and a real clock. */
import { app, type BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { Desk } from '../desk/create-desk';
import { sendDeskEvent } from './send-desk-event';
import { UpdateController } from './update-controller';
import { updateFeedUrl } from './update-feed-url';

export function desktopUpdates(desk: Desk, mainWindow: () => BrowserWindow | null): UpdateController {
  return new UpdateController({
    updater: autoUpdater,
    clock: { setInterval: (callback, milliseconds) => setInterval(callback, milliseconds) },
    // electron-updater only updates a packaged app; in development there is nothing to replace.
    feedUrl: app.isPackaged ? updateFeedUrl(process.env) : null,
    // The outbox's waiting jobs are added here when the desk has one (branch outbox, issue 10).
    pendingWork: async () => ({ unsavedDrafts: desk.drafts.pendingWrites, outboxJobs: 0 }),
    announceReady: (version) => void sendDeskEvent(mainWindow()?.webContents ?? null, 'update:ready', { version }),
    log: (message) => console.error(message),
  });
}

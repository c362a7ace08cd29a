import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo, DeskHandlers } from '../../shared/desk-api';
import { DeskError } from '../../shared/result';
import { draftHandlers } from './drafts/draft-handlers';
import { DraftStore, type DraftStoreOptions } from './drafts/draft-store';
import { DataFolderLock } from './lock/data-folder-lock';
import { mediaHandlers } from './media/media-handlers';
import { MediaIntake } from './media/media-intake';
import { FolderMediaLibrary, type MediaLibrary } from './transfer/media-library';
import { SectionCatalog } from './sections/section-catalog';
import { SettingsStore } from './settings/settings-store';
import { collectDraftTags } from './tags/draft-tags';
import { SyncService } from './sync/sync-service';
import type { SyncConnection } from './sync/sync-transport';
import { newsroomHandlers } from './newsroom/newsroom-handlers';
import { reviewHandlers } from './review/review-handlers';
import { photoHandlers } from './photos/photo-handlers';
import { NewsroomSession } from './newsroom/newsroom-session';
import { memoryVault, type TokenVault } from './newsroom/token-vault';
import { EventCursor } from './notifications/event-cursor';
import { EventStream } from './notifications/event-stream';
import { NotificationFeed } from './notifications/notification-feed';
import { fetchNewsroomMedia, type NewsroomPicture } from './newsroom/newsroom-media';
import { notificationHandlers } from './notifications/notification-handlers';

export interface DeskOptions {
  dataDir: string;
  appInfo: AppInfo;
  /** Tests and benchmarks: a clock, history limits, the revision interval. */
  drafts?: DraftStoreOptions;
  /** Where draft images are read for export and written on import (default: `<data>/media`). */
  media?: MediaLibrary;
  /** The newsroom server's address once known (web mode starts one beside the desk); none: cached/default sections. */
  newsroomUrl?: () => string | undefined;
  /** Tests: a connection to use instead of the desk's own NewsroomSession (sign-in). */
  newsroom?: SyncConnection;
  /** Where the session token is kept (Electron: encrypted by the OS); default: memory only. */
  tokenVault?: TokenVault;
  /** The public site's address, for a published article's link (COPYDESK_SITE_URL; else the newsroom server, which serves the site). */
  siteUrl?: () => string | undefined;
}

export interface Desk {
  handlers: DeskHandlers;
  drafts: DraftStore;
  settings: SettingsStore;
  sync: SyncService;
  session: NewsroomSession;
  /** What the newsroom's event stream brings in (Electron shows desktop notifications from it). */
  notifications: NotificationFeed;
  /** An image on the newsroom, fetched with the session (the review preview and the photo desk show them). */
  newsroomMedia: (mediaId: string, rendition: string) => Promise<NewsroomPicture>;
  /** Waits for pending writes; called before the app or web-mode process exits. */
  close(): Promise<void>;
}

/** Opens the desk services on a data folder and maps every DeskApi channel to one of them. */
export async function createDesk(options: DeskOptions): Promise<Desk> {
  await mkdir(options.dataDir, { recursive: true });
  // One writer per data folder: a second app or web-mode process is refused here (DeskError 'locked').
  const lock = new DataFolderLock(options.dataDir, options.appInfo.mode);
  await lock.acquire();
  const drafts = new DraftStore(options.dataDir, options.drafts);
  try {
    await drafts.open();
  } catch (error) {
    await lock.release();
    throw error;
  }
  const intake = new MediaIntake(options.dataDir);
  // Safe only here, under the lock: no other process can be importing into this folder.
  await intake.sweepInterruptedImports().catch(() => []);
  const draftServices = draftHandlers(drafts, options.media ?? new FolderMediaLibrary(intake), options.dataDir);
  void draftServices.trash.purgeExpired().catch(() => {});
  const settings = new SettingsStore(options.dataDir);
  await settings.load();
  const session = new NewsroomSession({ dataDir: options.dataDir, vault: options.tokenVault ?? memoryVault('web_mode'), defaultServerUrl: options.newsroomUrl ?? (() => undefined) });
  await session.open();
  const connection = options.newsroom ?? session;
  const siteUrl = options.siteUrl ?? (() => process.env.COPYDESK_SITE_URL ?? session.serverUrl() ?? undefined);
  const sync = new SyncService({ dataDir: options.dataDir, drafts, connection, siteUrl });
  try {
    await sync.open();
  } catch (error) {
    await drafts.close();
    await lock.release();
    throw error;
  }
  sync.start();
  const cursor = new EventCursor(options.dataDir);
  await cursor.open();
  // The feed asks the stream whether it is connected; the stream hands the feed what arrives.
  const notifications = new NotificationFeed(() => stream.state() === 'live');
  const stream: EventStream = new EventStream({ connection, cursor, onNotifications: (items) => notifications.push(items) });
  stream.start();
  const sections = new SectionCatalog(options.dataDir, { serverUrl: options.newsroomUrl ?? (() => undefined) });

  const handlers: DeskHandlers = {
    'app:info': async () => options.appInfo,
    'settings:get': async () => settings.get(),
    'settings:set': async (request) => settings.set(request),
    ...draftServices.handlers,
    ...mediaHandlers(intake),
    'drafts:tags': async () => collectDraftTags(drafts),
    // The desktop app replaces these two with its updater (electron/main/update-controller.ts).
    'updates:status': async () => ({ state: 'unavailable' }),
    'updates:restart': async () => {
      throw new DeskError('bad_request', 'Updates are installed by the desktop app, not in web mode.');
    },
    'sections:list': async () => sections.list(),
    ...sync.handlers(),
    ...newsroomHandlers(session),
    ...reviewHandlers(connection, sections, siteUrl),
    ...notificationHandlers(notifications),
    ...photoHandlers(connection, join(options.dataDir, 'media')),
  };

  let closing: Promise<void> | null = null;
  const close = () => {
    // Flushes every pending draft write, then lets the next process take the data folder.
    notifications.release();
    closing ??= Promise.all([sync.close(), stream.close()])
      .catch(() => {})
      .then(() => drafts.close())
      .finally(() => lock.release());
    return closing;
  };
  return { handlers, drafts, settings, sync, session, notifications, newsroomMedia: (mediaId, rendition) => fetchNewsroomMedia(connection, mediaId, rendition), close };
}

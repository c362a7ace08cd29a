import type { UpdateStatus } from '../../shared/desk-api';
import { DeskError } from '../../shared/result';

/** The parts of electron-updater's autoUpdater used here, so the decisions test in Node. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateClockLike {
  setInterval(callback: () => void, milliseconds: number): unknown;
}

/** What must not be lost by a restart: draft writes not yet on disk, jobs waiting to be sent. */
export interface PendingWork {
  unsavedDrafts: number;
  outboxJobs: number;
}

export interface UpdateControllerOptions {
  updater: UpdaterLike;
  clock: UpdateClockLike;
  /** The newsroom's feed (a folder with latest*.yml and installers), or null: no updates. */
  feedUrl: string | null;
  pendingWork: () => Promise<PendingWork>;
  /** Tells the page an update is ready, so it can offer "Restart to update". */
  announceReady: (version: string) => void;
  log?: (message: string) => void;
}

export const updateCheckIntervalMs = 24 * 60 * 60 * 1000;

/**
 * Auto-update: checks at start and daily, downloads in the background, and restarts into the new
 * version only when asked and only while nothing is waiting to be written or sent.
 */
export class UpdateController {
  private status: UpdateStatus;
  private checking = false;

  constructor(private readonly options: UpdateControllerOptions) {
    this.status = { state: options.feedUrl ? 'idle' : 'unavailable' };
  }

  start(): void {
    const { updater, feedUrl, clock } = this.options;
    if (!feedUrl) return;
    updater.autoDownload = true;
    // Installing on quit is safe: quitting waits for draft writes, and the outbox is on disk.
    updater.autoInstallOnAppQuit = true;
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    updater.on('update-available', () => this.move({ state: 'downloading' }));
    updater.on('update-not-available', () => this.move({ state: 'idle' }));
    updater.on('update-downloaded', ({ version }) => {
      this.move({ state: 'ready', version });
      this.options.announceReady(version);
    });
    updater.on('error', (error) => {
      this.options.log?.(`Update check failed: ${error.message}`);
      this.move({ state: 'failed' });
    });
    void this.check();
    clock.setInterval(() => void this.check(), updateCheckIntervalMs);
  }

  current(): UpdateStatus {
    return this.status;
  }

  /** "Restart to update": refused, with the reason, while anything could be lost. */
  async restart(): Promise<{ restarting: true }> {
    if (this.status.state !== 'ready') throw new DeskError('bad_request', 'No update is ready to install yet.');
    const pending = await this.options.pendingWork();
    if (pending.unsavedDrafts > 0) throw new DeskError('conflict', 'A draft is still being saved. Restart to update once it is saved.');
    if (pending.outboxJobs > 0) throw new DeskError('conflict', 'Work is still waiting to be sent to the newsroom. Restart to update once it has been sent.');
    this.options.updater.quitAndInstall();
    return { restarting: true };
  }

  private async check(): Promise<void> {
    // A downloaded update waits for its restart; one check at a time.
    if (this.checking || this.status.state === 'ready' || this.status.state === 'downloading') return;
    this.checking = true;
    this.move({ state: 'checking' });
    try {
      await this.options.updater.checkForUpdates();
    } catch (error) {
      this.options.log?.(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
      this.move({ state: 'failed' });
    } finally {
      this.checking = false;
    }
  }

  private move(status: UpdateStatus): void {
    // The 'checking' state does not hide a result that arrived while the check was running.
    if (status.state === 'checking' && this.status.state === 'ready') return;
    this.status = status;
  }
}

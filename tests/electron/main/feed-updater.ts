import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { parse } from 'yaml';
import { z } from 'zod';
import type { UpdaterLike } from '../../../electron/main/update-controller';

const latestSchema = z.object({ version: z.string(), path: z.string(), sha512: z.string() });

/**
 * electron-updater's generic provider in miniature, for tests: reads `latest-linux.yml` from the
 * feed over HTTP, downloads the installer it names and checks its sha512, as the real one does.
 */
export class FeedUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  feed: string | null = null;
  checks = 0;
  installs = 0;

  constructor(private readonly currentVersion: string) {
    super();
  }

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feed = options.url;
  }

  async checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    if (!this.feed) throw new Error('no feed');
    const response = await fetch(new URL('latest-linux.yml', this.feed));
    if (!response.ok) throw new Error(`feed answered ${response.status}`);
    const latest = latestSchema.parse(parse(await response.text()));
    if (latest.version === this.currentVersion) {
      this.emit('update-not-available');
      return null;
    }
    this.emit('update-available', { version: latest.version });
    if (!this.autoDownload) return latest;
    const installer = Buffer.from(await (await fetch(new URL(latest.path, this.feed))).arrayBuffer());
    if (createHash('sha512').update(installer).digest('base64') !== latest.sha512) throw new Error('sha512 checksum mismatch');
    this.emit('update-downloaded', { version: latest.version });
    return latest;
  }

  quitAndInstall(): void {
    this.installs += 1;
  }
}

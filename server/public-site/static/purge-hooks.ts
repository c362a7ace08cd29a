import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One export's changed addresses, absolute, for a CDN to purge. */
export interface PurgeBatch {
  at: string;
  urls: string[];
}

/** Told after each export which public addresses changed; a CDN client implements it. */
export interface PurgeHooks {
  changed(batch: PurgeBatch): Promise<void>;
}

export const noPurgeHooks: PurgeHooks = {
  async changed() {},
};

/**
 * The purge list as JSON lines, one export per line (`{"at":…,"urls":[…]}`), so a small job
 * can tail it and call the CDN's purge API. Appends are one write each: a line is never split.
 */
export function jsonLinesPurgeLog(file: string): PurgeHooks {
  return {
    async changed(batch) {
      if (batch.urls.length === 0) return;
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify(batch)}\n`);
    },
  };
}

import { resolve } from 'node:path';

/** Where the static export writes; unset root = no export (the Node server serves everything). */
export interface StaticExportSettings {
  root: string;
  /** JSON-lines purge log for a CDN (one line per export). */
  purgeLog: string;
  /** Listing pages exported per listing; later pages are served by the Node server. */
  listingPages?: number;
}

/** COPYDESK_STATIC_ROOT, COPYDESK_STATIC_PURGE_LOG (default `<dataDir>/static-purge.jsonl`), COPYDESK_STATIC_LISTING_PAGES. */
export function staticExportSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): StaticExportSettings | undefined {
  if (!env.COPYDESK_STATIC_ROOT) return undefined;
  const pages = env.COPYDESK_STATIC_LISTING_PAGES === undefined ? undefined : Number(env.COPYDESK_STATIC_LISTING_PAGES);
  if (pages !== undefined && (!Number.isInteger(pages) || pages < 1)) throw new Error(`COPYDESK_STATIC_LISTING_PAGES must be a whole number of pages, not "${env.COPYDESK_STATIC_LISTING_PAGES}".`);
  return {
    root: resolve(env.COPYDESK_STATIC_ROOT),
    purgeLog: resolve(env.COPYDESK_STATIC_PURGE_LOG ?? `${dataDir}/static-purge.jsonl`),
    ...(pages !== undefined ? { listingPages: pages } : {}),
  };
}

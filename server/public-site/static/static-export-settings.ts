import { resolve } from 'node:path';

/** Where the static export writes; unset root = no export (the Node server serves everything). */
export interface StaticExportSettings {
  root: string;
  /** JSON-lines purge log for a CDN (one line per export). */
  purgeLog: string;
}

/** COPYDESK_STATIC_ROOT, COPYDESK_STATIC_PURGE_LOG (default `<dataDir>/static-purge.jsonl`) */
export function staticExportSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): StaticExportSettings | undefined {
  if (!env.COPYDESK_STATIC_ROOT) return undefined;
  return {
    root: resolve(env.COPYDESK_STATIC_ROOT),
    purgeLog: resolve(env.COPYDESK_STATIC_PURGE_LOG ?? `${dataDir}/static-purge.jsonl`),
  };
}

import { join, resolve } from 'node:path';
import { parseTrustProxy } from './parse-trust-proxy';
import type { TrustProxy } from './parse-trust-proxy';
import { staticExportSettingsFromEnv } from '../public-site/static/static-export-settings';
import type { StaticExportSettings } from '../public-site/static/static-export-settings';

export interface ServerSettings {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  schedulerIntervalMs?: number;
  /** The desktop app's installers and latest*.yml, served at /updates/. */
  updatesDir?: string;
  /** Proxies whose X-Forwarded-For is believed (COPYDESK_TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** The static public site (COPYDESK_STATIC_ROOT); none: the Node server serves every page. */
  staticExport?: StaticExportSettings;
}

/**
 * Where the newsroom's data lives when COPYDESK_SERVER_DATA does not say: the folder of the local
 * newsroom server that `npm run web` starts beside the desk (`<COPYDESK_DATA_DIR>/newsroom`,
 * `.copydesk-data/newsroom` by default), so `npm run server -- create-user` reaches the very
 * server the desk signs in to.
 */
export function defaultServerDataDir(env: NodeJS.ProcessEnv): string {
  return join(env.COPYDESK_DATA_DIR ?? '.copydesk-data', 'newsroom');
}

/** `npm run server` settings from the environment, with the documented defaults. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv): ServerSettings {
  const port = Number(env.COPYDESK_SERVER_PORT ?? '4310');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`COPYDESK_SERVER_PORT must be a port number, not "${env.COPYDESK_SERVER_PORT}".`);
  const dataDir = resolve(env.COPYDESK_SERVER_DATA ?? defaultServerDataDir(env));
  const staticExport = staticExportSettingsFromEnv(env, dataDir);
  return {
    host: env.COPYDESK_SERVER_HOST ?? '127.0.0.1',
    port,
    dataDir,
    trustProxy: parseTrustProxy(env.COPYDESK_TRUST_PROXY),
    ...(staticExport ? { staticExport } : {}),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.COPYDESK_UPDATES_DIR ? { updatesDir: resolve(env.COPYDESK_UPDATES_DIR) } : {}),
    ...(env.COPYDESK_SCHEDULER_INTERVAL_MS ? { schedulerIntervalMs: Math.max(100, Number(env.COPYDESK_SCHEDULER_INTERVAL_MS) || 5000) } : {}),
  };
}

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyServerOptions } from 'fastify';
import { buildServerApp } from './app';
import type { DeskContext } from './context';
import { migrateToLatest } from './db/migrate-to-latest';
import { openDatabase } from './db/open-database';
import { pollingWake, postgresWake } from './notifications/event-wake';
import { localMediaStorage } from './media/local-media-storage';
import { publicSiteConfigFromEnv } from './public-site/public-site-config';
import type { PublicSiteConfig } from './public-site/public-site-config';
import { publicSiteHooks } from './public-site/publishing/public-site-hooks';
import type { PublicationHooks } from './publishing/publication-hooks';
import { startScheduler } from './workflow/publish-due-articles';
import type { TrustProxy } from './cli/parse-trust-proxy';
import type { StaticExportSettings } from './public-site/static/static-export-settings';
import { staticExportRuntime } from './public-site/static/static-export-runtime';

export interface StartNewsroomServerOptions {
  dataDir: string;
  host: string;
  port: number;
  /** PostgreSQL (`postgres://…`); without it the data lives in `<dataDir>/newsroom.sqlite`. */
  databaseUrl?: string;
  hooks?: PublicationHooks;
  plugins?: ((context: DeskContext) => FastifyPluginAsync)[];
  logger?: FastifyServerOptions['logger'];
  /** The desktop app's update feed folder (default `<dataDir>/updates`), served at /updates/. */
  updatesDir?: string;
  /** How often this process looks for scheduled articles that are due. */
  schedulerIntervalMs?: number;
  /** Proxies whose X-Forwarded-For is believed; none by default. */
  trustProxy?: TrustProxy;
  /** The public site's settings over those of the environment. */
  publicSite?: Partial<PublicSiteConfig>;
  /** Write the public site as static files under this root for nginx (off when absent). */
  staticExport?: StaticExportSettings;
  /** What `server:info` reports (default: the version npm ran, or 0.0.0). */
  version?: string;
}

export interface RunningNewsroomServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database, runs migrations, starts listening and the scheduler. Used by
 * `npm run server` and, as the embedded local server, by web mode and the Electron app.
 */
export async function startNewsroomServer(options: StartNewsroomServerOptions): Promise<RunningNewsroomServer> {
  const opened = openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    sqliteFile: join(options.dataDir, 'newsroom.sqlite'),
  });
  const siteConfig: PublicSiteConfig = { ...publicSiteConfigFromEnv(), ...options.publicSite };
  const hooks = options.hooks ?? publicSiteHooks(siteConfig);
  const staticExport = options.staticExport ? staticExportRuntime(opened.db, siteConfig, options.staticExport) : null;
  const context: DeskContext = {
    db: opened.db,
    media: localMediaStorage(join(options.dataDir, 'media')),
    hooks: staticExport ? staticExport.exporter.hooks(hooks) : hooks,
    now: () => new Date(),
  };
  const updatesDir = options.updatesDir ?? join(options.dataDir, 'updates');
  await mkdir(updatesDir, { recursive: true });
  const eventWake = options.databaseUrl ? postgresWake(options.databaseUrl) : pollingWake();
  const app = await buildServerApp({
    ...context,
    publicSite: siteConfig,
    eventWake,
    updatesDir,
    version: options.version ?? process.env.npm_package_version ?? '0.0.0',
    ...(options.plugins ? { plugins: options.plugins } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    logger: options.logger ?? true,
  });
  let stopScheduler = async (): Promise<void> => {};
  try {
    app.log.info(`database: ${opened.description}`);
    await migrateToLatest(opened.db, { info: (message) => app.log.info(message) });
    if (staticExport) {
      staticExport.bind(app);
      await staticExport.start(app.log);
      app.log.info(`static export: ${options.staticExport?.root ?? ''}`);
    }
    const address = await app.listen({ host: options.host, port: options.port });
    stopScheduler = startScheduler(
      context,
      options.schedulerIntervalMs ?? 5000,
      app.log,
    );
    return {
      url: address,
      async close() {
        await stopScheduler();
        await staticExport?.stop();
        await app.close();
        await eventWake.close();
        await opened.db.destroy();
      },
    };
  } catch (error) {
    await stopScheduler();
    await staticExport?.stop();
    await app.close();
    await opened.db.destroy();
    throw error;
  }
}

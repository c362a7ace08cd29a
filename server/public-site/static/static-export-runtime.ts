import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { PublicSiteConfig } from '../public-site-config';
import { checkStaticRoot, folderStaticStorage } from './folder-static-storage';
import { jsonLinesPurgeLog } from './purge-hooks';
import { injectedSiteSource } from './site-source';
import type { SiteSource } from './site-source';
import type { StaticExportSettings } from './static-export-settings';
import { staticExporter } from './static-exporter';
import type { ExportLog, StaticExporter } from './static-exporter';

export interface StaticExportRuntime {
  exporter: StaticExporter;
  /** The app whose public routes the export copies; exports wait for it. */
  bind(app: FastifyInstance): void;
  /** Writes the site's fixed files, finishes what a crash left, rebuilds a root of another layout, and sweeps the queue every interval. */
  start(log: ExportLog, sweepMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The folder export with its JSON-lines purge log, as `npm run server` runs it. */
export function staticExportRuntime(db: Kysely<Database>, config: PublicSiteConfig, settings: StaticExportSettings): StaticExportRuntime {
  let source: SiteSource | null = null;
  let log: ExportLog | null = null;
  let timer: NodeJS.Timeout | null = null;
  const exporter = staticExporter({
    db,
    config,
    storage: folderStaticStorage(settings.root),
    purge: jsonLinesPurgeLog(settings.purgeLog),
    log: { error: (details, message) => log?.error(details, message) },
    source: () => {
      if (source === null) throw new Error('The static export ran before the server was built.');
      return source;
    },
  });
  return {
    exporter,
    bind(app) {
      source = injectedSiteSource(app);
    },
    async start(startLog, sweepMs = 30_000) {
      log = startLog;
      checkStaticRoot(settings.root);
      await exporter.writeSiteAssets();
      await exporter.recover();
      // A new root, or one an older version wrote: rebuilt while the server already answers.
      exporter.upgradeLayout().catch((error: unknown) => startLog.error({ err: error }, 'static export: rebuilding the root failed; run export-site'));
      // Rows whose export failed, or whose claimant died, are picked up again here.
      timer = setInterval(() => {
        exporter.recover().catch((error: unknown) => startLog.error({ err: error }, 'static export sweep failed'));
      }, sweepMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await exporter.idle();
    },
  };
}

import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { PublicationHooks } from '../../publishing/publication-hooks';
import { publicDb } from '../db/public-site-tables';
import type { PublicSiteConfig } from '../public-site-config';
import { articleExportPlan, listingAddresses } from './export-plan';
import type { ExportPlan, PlanSettings } from './export-plan';
import { claimantName, claimedExport, claimExport, enqueueExport, finishExport, processIsRunning, releaseDeadClaims, releaseExport, unclaimedExports, waitForQueuingTransaction, withSiteExportLock } from './export-queue';
import { fullSitePlan, siteAssetAddresses } from './full-site-plan';
import { parsePlacement, readPublicPlacement } from './public-placement';
import type { PurgeHooks } from './purge-hooks';
import type { SiteSource } from './site-source';
import type { StaticSiteStorage } from './static-site-storage';
import { emptyOutcome, exportAddresses, removeLaterPages } from './write-exported';
import type { ExportOutcome } from './write-exported';

/**
 * The layout of the root this code writes, kept in a dot file of the root (never served, never
 * swept). 2: a withdrawn address's gone page lives only in the 410 list, not at its own path.
 * 3: every text file has its gzipped copy beside it (gzip-siblings.ts).
 * A root written in another layout is rebuilt whole when the server starts.
 */
const layoutFile = '.copydesk-static-layout';
const layoutVersion = Buffer.from('3\n');

/** Addresses answered and written at once in one export (file writes overlap the next rendering). */
const exportConcurrency = 4;

export interface ExportLog {
  error(details: Record<string, unknown>, message: string): void;
}

export interface StaticExporterOptions {
  db: Kysely<Database>;
  storage: StaticSiteStorage;
  purge: PurgeHooks;
  config: PublicSiteConfig;
  /** Resolved when an export runs: the server's own public routes (bound after the app is built). */
  source: () => SiteSource;
  /** How long a claimed queue row stays this process's before another may take it over. */
  leaseMs?: number;
  log?: ExportLog;
}

export interface StaticExporter {
  /** The workflow's hooks with the export added: queued in the transaction, exported after it. */
  hooks(inner: PublicationHooks): PublicationHooks;
  /** Exports every queue row nobody holds (left by a crash or a failed export, or claimed by a dead process of this host); returns how many. */
  recover(): Promise<number>;
  /** The files that are the same for every page: robots.txt, stylesheet, favicon, manifest. */
  writeSiteAssets(): Promise<ExportOutcome>;
  /** Rewrites the whole root from the database and removes every file it did not write. */
  exportSite(): Promise<ExportOutcome>;
  /** exportSite, when the root is new or was written in an older layout; null when it is current. */
  upgradeLayout(): Promise<ExportOutcome | null>;
  /** Resolves when every export this process started has ended. */
  idle(): Promise<void>;
}

function mergeOutcome(into: ExportOutcome, from: ExportOutcome): ExportOutcome {
  into.written.push(...from.written);
  into.removed.push(...from.removed);
  into.changedAddresses.push(...from.changedAddresses);
  into.present.push(...from.present);
  return into;
}

/**
 * The static export. Every change a reader can see queues a row in its own transaction; right
 * after the commit this process claims the row, writes exactly the affected files, tells the
 * purge hooks and deletes the row. Exports in one process run one at a time, and on PostgreSQL
 * one at a time across processes, so a listing is never overwritten with an older state.
 */
export function staticExporter(options: StaticExporterOptions): StaticExporter {
  const { db, storage, purge, config } = options;
  const claimant = claimantName(hostname(), process.pid, Math.random().toString(36).slice(2, 10));
  const leaseMs = options.leaseMs ?? 60_000;
  const settings: PlanSettings = { pageSize: config.pageSize, sitemapSize: config.sitemapSize };
  const pending = new Set<Promise<unknown>>();
  let chain: Promise<unknown> = Promise.resolve();

  /** One export at a time in this process (and, on PostgreSQL, in all of them). */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = chain.then(() => withSiteExportLock(db, work));
    chain = run.catch(() => {});
    return run;
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  }

  async function runPlan(plan: ExportPlan): Promise<ExportOutcome> {
    const source = options.source();
    const outcome = emptyOutcome();
    await exportAddresses(source, storage, [...plan.addresses, ...plan.listings.flatMap(listingAddresses)], outcome, exportConcurrency);
    for (const listing of plan.listings) await removeLaterPages(storage, listing, outcome);
    return outcome;
  }

  /** The whole root from the database; files it did not write are removed; the layout recorded last. */
  async function rebuild(): Promise<ExportOutcome> {
    const outcome = await runPlan(await fullSitePlan(publicDb(db), settings));
    mergeOutcome(outcome, await runPlan({ addresses: siteAssetAddresses, listings: [] }));
    const present = new Set(outcome.present);
    for (const path of await storage.list()) {
      if (!present.has(path) && (await storage.remove(path))) outcome.removed.push(path);
    }
    await storage.write(layoutFile, layoutVersion);
    return outcome;
  }

  async function announce(outcome: ExportOutcome): Promise<void> {
    const urls = [...new Set(outcome.changedAddresses)].map((address) => new URL(address.replace(/^\//u, ''), config.siteUrl).href);
    await purge.changed({ at: new Date().toISOString(), urls });
  }

  /** Exports a row: one this process queued (claimed in its transaction), or one it claims now. */
  async function exportQueued(id: string, queuedHere: boolean): Promise<boolean> {
    const claimed = queuedHere ? await claimedExport(db, id, claimant) : await claimExport(db, id, claimant, leaseMs);
    if (claimed === null) return false;
    try {
      await serially(async () => {
        const current = await readPublicPlacement(publicDb(db), claimed.articleId);
        const plan = await articleExportPlan(publicDb(db), [parsePlacement(claimed.previous), current], settings);
        await announce(await runPlan(plan));
      });
      await finishExport(db, id, claimant);
      return true;
    } catch (error) {
      await releaseExport(db, id, claimant).catch(() => {});
      throw error;
    }
  }

  function afterCommit(id: string): void {
    const run = (async () => {
      await waitForQueuingTransaction(db, id);
      await exportQueued(id, true);
    })();
    // The workflow has answered already; a failed export stays queued and is retried.
    track(run).catch((error: unknown) => options.log?.error({ err: error, exportId: id }, 'static export failed; it stays queued'));
  }

  function queued(step: (article: Parameters<PublicationHooks['published']>[0], trx: Parameters<PublicationHooks['published']>[1]) => Promise<void>): PublicationHooks['published'] {
    return async (article, trx) => {
      const previous = await readPublicPlacement(publicDb(trx), article.id);
      await step(article, trx);
      const now = new Date();
      afterCommit(await enqueueExport(trx, article.id, previous, now.toISOString(), { claimant, until: new Date(now.getTime() + leaseMs).toISOString() }));
    };
  }

  return {
    hooks(inner) {
      return {
        published: queued((article, trx) => inner.published(article, trx)),
        corrected: queued((article, trx) => inner.corrected(article, trx)),
        unpublished: queued((article, trx) => inner.unpublished(article, trx)),
      };
    },
    recover() {
      return track(
        (async () => {
          let done = 0;
          await releaseDeadClaims(db, hostname(), processIsRunning);
          for (;;) {
            const ids = await unclaimedExports(db, 50);
            if (ids.length === 0) return done;
            let progressed = false;
            for (const id of ids) {
              try {
                if (await exportQueued(id, false)) {
                  done += 1;
                  progressed = true;
                }
              } catch (error) {
                options.log?.error({ err: error, exportId: id }, 'static export failed; it stays queued');
              }
            }
            if (!progressed) return done;
          }
        })(),
      );
    },
    writeSiteAssets() {
      return track(serially(() => runPlan({ addresses: siteAssetAddresses, listings: [] })));
    },
    exportSite() {
      return track(serially(rebuild));
    },
    upgradeLayout() {
      return track(serially(async () => ((await storage.read(layoutFile))?.equals(layoutVersion) ? null : rebuild())));
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

import { setImmediate as nextTurn } from 'node:timers/promises';
import { mediaExtension, goneMarkerPath, staticFilePath } from './static-file-path';
import type { SiteSource } from './site-source';
import type { StaticSiteStorage } from './static-site-storage';
import type { ListingPlan } from './export-plan';
import { listingPageUrl } from '../http/page-number';

/** What an export did: files it wrote or removed, and the addresses whose answer changed. */
export interface ExportOutcome {
  written: string[];
  removed: string[];
  changedAddresses: string[];
  /** Every file this export put in place (changed or not), for the full export's clean-up. */
  present: string[];
}

export function emptyOutcome(): ExportOutcome {
  return { written: [], removed: [], changedAddresses: [], present: [] };
}

const mediaTypes = ['image/jpeg', 'image/webp', 'image/avif', 'image/png'];

/** Files an address may have left: for an image, one per possible type. */
function candidatePaths(address: string): string[] {
  if (address.startsWith('/media/')) return mediaTypes.flatMap((type) => (mediaExtension(type) ? [staticFilePath(address, type)] : [])).filter((path): path is string => path !== null);
  const path = staticFilePath(address);
  return path === null ? [] : [path];
}

async function removeAll(storage: StaticSiteStorage, paths: string[], outcome: ExportOutcome): Promise<boolean> {
  let changed = false;
  for (const path of paths) {
    if (await storage.remove(path)) {
      outcome.removed.push(path);
      changed = true;
    }
  }
  return changed;
}

async function writeOne(storage: StaticSiteStorage, path: string, bytes: Buffer, outcome: ExportOutcome): Promise<boolean> {
  outcome.present.push(path);
  if (!(await storage.write(path, bytes))) return false;
  outcome.written.push(path);
  return true;
}

/**
 * Fetches each address from the site and mirrors the answer on disk: 200 writes the file (and
 * drops the address from the 410 list), 410 writes the gone page as the address's entry in the
 * 410 list (`_gone/…`) and then removes the live file, anything the site does not serve (404)
 * removes both. The live file is never a 410 page, so nginx serves it without looking at the
 * 410 list; only a miss does. Any other answer is an error: the queue row stays and is retried.
 */
export async function exportAddress(source: SiteSource, storage: StaticSiteStorage, address: string, outcome: ExportOutcome): Promise<void> {
  const response = await source.fetch(address);
  const marker = goneMarkerPath(address);
  let changed: boolean;
  if (response.status === 200) {
    const path = staticFilePath(address, response.contentType);
    if (path === null) return;
    changed = await writeOne(storage, path, response.body, outcome);
    if (marker !== null) changed = (await removeAll(storage, [marker], outcome)) || changed;
  } else if (response.status === 410) {
    // Without a place in the 410 list the address is left to the Node server, which answers 410.
    changed = marker === null ? false : await writeOne(storage, marker, response.body, outcome);
    changed = (await removeAll(storage, candidatePaths(address), outcome)) || changed;
  } else if (response.status === 404) {
    changed = await removeAll(storage, [...candidatePaths(address), ...(marker === null ? [] : [marker])], outcome);
  } else {
    throw new Error(`The public site answered ${response.status} for ${address}; the export will be retried.`);
  }
  if (changed) outcome.changedAddresses.push(address);
}

/** Removes the files of archive pages past the listing's last (left when an older article left it). */
export async function removeLaterPages(storage: StaticSiteStorage, listing: ListingPlan, outcome: ExportOutcome): Promise<void> {
  for (let page = listing.archivePages + 1; ; page += 1) {
    const address = listingPageUrl(listing.path, page);
    const path = staticFilePath(address);
    if (path === null || !(await storage.remove(path))) break;
    outcome.removed.push(path);
    outcome.changedAddresses.push(address);
  }
}

/** Longest run of an export without letting the event loop turn (other requests, clean-up). */
export const exportTurnBudgetMs = 10;

/**
 * Exports `addresses`, `concurrency` at a time: while one answer is rendered, the files of
 * others are being written (each address has files of its own, so the order does not matter).
 * Every `exportTurnBudgetMs` the workers wait for one turn of the event loop together: on
 * SQLite every query and file call is synchronous, so without it a whole export-site ran as
 * one turn, never ran the callbacks each answered request leaves for the next turn (and so
 * held every answer in memory: 100,000 articles ran out of a 4 GB heap), and kept every other
 * request waiting. A turn after every address instead cost a publish's export 8% (p50).
 */
export async function exportAddresses(source: SiteSource, storage: StaticSiteStorage, addresses: string[], outcome: ExportOutcome, concurrency: number): Promise<void> {
  let next = 0;
  let turnTaken = performance.now();
  let turn: Promise<void> | null = null;
  const worker = async (): Promise<void> => {
    while (next < addresses.length) {
      const address = addresses[next];
      next += 1;
      if (address !== undefined) await exportAddress(source, storage, address, outcome);
      if (turn === null && performance.now() - turnTaken >= exportTurnBudgetMs) {
        turn = nextTurn().then(() => {
          turn = null;
          turnTaken = performance.now();
        });
      }
      if (turn !== null) await turn;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, addresses.length)) }, worker));
}

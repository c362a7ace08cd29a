import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderStaticStorage } from '../../../server/public-site/static/folder-static-storage';
import type { SiteSource } from '../../../server/public-site/static/site-source';
import { emptyOutcome, exportAddresses, exportTurnBudgetMs } from '../../../server/public-site/static/write-exported';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * A site that answers without waiting for anything, as the in-process routes do on SQLite: each
 * answer takes a twentieth of the turn budget of synchronous work (rendering, queries).
 */
function synchronousSite(): SiteSource {
  return {
    fetch: async (address) => {
      const until = performance.now() + exportTurnBudgetMs / 20;
      while (performance.now() < until) {
        // Rendering.
      }
      return { status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(`<p>${address}</p>`) };
    },
  };
}

describe('exportAddresses', () => {
  it('gives the event loop turns during a long export, so work queued for the next turn runs before the export ends', async () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-export-turns-'));
    roots.push(root);
    const addresses = Array.from({ length: 400 }, (_, index) => `/articles/story-${index}`);
    const outcome = emptyOutcome();
    // What each answered request leaves behind (Fastify's and light-my-request's clean-up runs
    // in a later turn): it must not wait for the whole export, or every answer stays in memory.
    let writtenWhenTurnCame: number | null = null;
    let turns = 0;
    let exporting = true;
    const everyTurn = (): void => {
      turns += 1;
      writtenWhenTurnCame ??= outcome.written.length;
      if (exporting) setImmediate(everyTurn);
    };
    setImmediate(everyTurn);
    // 400 answers of a twentieth of the budget each: twenty budgets' worth of work.
    await exportAddresses(synchronousSite(), folderStaticStorage(root), addresses, outcome, 4);
    exporting = false;
    expect(outcome.written).toHaveLength(400);
    expect(writtenWhenTurnCame).not.toBeNull();
    expect(writtenWhenTurnCame).toBeLessThan(400);
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});

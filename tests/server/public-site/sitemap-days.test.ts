import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapDaysMigration } from '../../../server/db/migrations/0011-sitemap-days';
import type { PublicPageRecord } from '../../../server/public-site/db/public-page-record';
import { publicDb } from '../../../server/public-site/db/public-site-tables';
import { insertPublicPages } from '../../../server/public-site/db/store-public-pages';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, publish, unpublish } from './public-site-helpers';

/** Days since 1970-01-01 UTC, written out by hand for the dates these tests publish on. */
const nov27 = Date.UTC(2026, 10, 27) / 86_400_000;
const nov28 = Date.UTC(2026, 10, 28) / 86_400_000;

/** A live page stored straight into the tables, published at `at`. */
function record(slug: string, at: string): PublicPageRecord {
  return {
    articleId: slug, docId: Date.parse(at) * 1000, slug, state: 'live', language: 'en', section: 'bulk', headline: slug, standfirst: '', bodyText: '', tags: [], topics: [],
    image: null, publishedAt: at, modifiedAt: at, html: '<!doctype html><title>bulk</title>', ninjs: '{}', etag: `"${slug}"`, mediaIds: [], terms: { title: [slug], body: [], keywords: [] },
  };
}

describe.each(databaseTargets())('the per-day sitemap counts, on %s', (target) => {
  let desk: TestDesk;
  const rows = async () =>
    (await publicDb(desk.database.db).selectFrom('public_sitemap_days').selectAll().orderBy('day').execute()).map((row) => ({ day: Number(row.day), live: Number(row.live), modified_at: row.modified_at }));

  beforeAll(async () => {
    desk = await createTestDesk(target);
    const start = desk.clock.now;
    // publish() and unpublish() move the clock a minute on first.
    desk.clock.now = new Date('2026-11-26T10:00:00.000Z');
    await unpublish(desk, await publish(desk, content({ slug: 'only-withdrawn' })));
    desk.clock.now = new Date('2026-11-27T23:57:00.000Z');
    await publish(desk, content({ slug: 'late-27' }));
    const withdrawn = await publish(desk, content({ slug: 'withdrawn-27' }));
    desk.clock.now = new Date('2026-11-28T08:00:00.000Z');
    await unpublish(desk, withdrawn);
    desk.clock.now = start;
    await publish(desk, content({ slug: 'on-28' }));
  });
  afterAll(async () => desk?.close());

  it('publishing and withdrawing keep one row per day with live articles: their count and the latest change', async () => {
    // 26 November: nothing live, no row. 27 November: one live; its latest change is the withdrawal on the 28th.
    expect(await rows()).toEqual([
      { day: nov27, live: 1, modified_at: '2026-11-28T08:01:00.000Z' },
      { day: nov28, live: 1, modified_at: '2026-11-28T09:01:00.000Z' },
    ]);
  });

  it('two transactions storing pages of one day at once both count (PostgreSQL: one waits for the other)', async () => {
    const db = publicDb(desk.database.db);
    const nov20 = Date.UTC(2026, 10, 20) / 86_400_000;
    await Promise.all(
      ['2026-11-20T10:00:00.000Z', '2026-11-20T11:00:00.000Z'].map((at, index) =>
        db.transaction().execute(async (trx) => {
          await insertPublicPages(trx, [record(`same-day-${index}`, at)]);
          // Holds the transaction open a moment, so the two overlap.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }),
      ),
    );
    expect((await rows()).find((row) => row.day === nov20)).toEqual({ day: nov20, live: 2, modified_at: '2026-11-20T11:00:00.000Z' });
  });

  it('the migration fills the table from the pages published before it', async () => {
    const before = await rows();
    // As a database from before the table existed: pages, no public_sitemap_days.
    await publicDb(desk.database.db).schema.dropTable('public_sitemap_days').execute();
    await sitemapDaysMigration.up(desk.database.db);
    expect(await rows()).toEqual(before);
  });
});

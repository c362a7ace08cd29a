import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingCountsMigration } from '../../../server/db/migrations/0012-listing-counts';
import type { PublicPageRecord } from '../../../server/public-site/db/public-page-record';
import { publicDb } from '../../../server/public-site/db/public-site-tables';
import { insertPublicPages } from '../../../server/public-site/db/store-public-pages';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, correct, publish, unpublish } from './public-site-helpers';

/** A live page stored straight into the tables. */
function record(slug: string, at: string): PublicPageRecord {
  return {
    articleId: slug, docId: Date.parse(at) * 1000, slug, state: 'live', language: 'en', section: 'bulk', headline: slug, standfirst: '', bodyText: '', tags: ['Bulk'], topics: [],
    image: null, publishedAt: at, modifiedAt: at, html: '<!doctype html><title>bulk</title>', ninjs: '{}', etag: `"${slug}"`, mediaIds: [], terms: { title: [slug], body: [], keywords: [] },
  };
}

describe.each(databaseTargets())('the per-listing article counts, on %s', (target) => {
  let desk: TestDesk;
  /** Every row with articles, as `kind:key total`. */
  const counts = async () =>
    (await publicDb(desk.database.db).selectFrom('public_listing_counts').selectAll().orderBy('kind').orderBy('label_key').execute())
      .filter((row) => Number(row.total) !== 0)
      .map((row) => `${row.kind}:${row.label_key} ${Number(row.total)}`);

  beforeAll(async () => {
    desk = await createTestDesk(target);
    await publish(desk, content({ slug: 'ferries', section: 'hong-kong', tags: ['Transport', 'Ferry'], topics: ['Cost of living'] }));
    const moved = await publish(desk, content({ slug: 'buses', section: 'hong-kong', tags: ['transport'], topics: [] }));
    const withdrawn = await publish(desk, content({ slug: 'markets', section: 'business', tags: ['Markets'], topics: ['Cost of living'] }));
    // A correction that moves the article to another section and changes its tags.
    await correct(desk, moved, content({ slug: 'buses', section: 'business', tags: ['Buses'], topics: ['Cost of living'] }), 'Filed under business');
    await unpublish(desk, withdrawn);
  });
  afterAll(async () => desk?.close());

  it('publishing, correcting (section and tags changed) and withdrawing keep each listing’s live total', async () => {
    expect(await counts()).toEqual([
      'home: 2',
      'section:business 1',
      'section:hong-kong 1',
      'tag:buses 1',
      'tag:ferry 1',
      'tag:transport 1',
      'topic:cost of living 2',
    ]);
  });

  it('two transactions storing pages of one listing at once both count (PostgreSQL: one waits for the other)', async () => {
    const db = publicDb(desk.database.db);
    await Promise.all(
      ['2026-11-20T10:00:00.000Z', '2026-11-20T11:00:00.000Z'].map((at, index) =>
        db.transaction().execute(async (trx) => {
          await insertPublicPages(trx, [record(`same-listing-${index}`, at)]);
          // Holds the transaction open a moment, so the two overlap.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }),
      ),
    );
    const after = await counts();
    expect(after).toContain('section:bulk 2');
    expect(after).toContain('tag:bulk 2');
    expect(after).toContain('home: 4');
  });

  it('the migration fills the table from the pages published before it', async () => {
    const before = await counts();
    // As a database from before the table existed: pages and labels, no public_listing_counts.
    await publicDb(desk.database.db).schema.dropTable('public_listing_counts').execute();
    await listingCountsMigration.up(desk.database.db);
    expect(await counts()).toEqual(before);
  });
});

import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { renditionNames } from '../../../shared/server-api';

const batchSize = 500;
// Migrations see the database as it was when they were written, not through the live schema type.
interface Tables {
  public_pages: { article_id: string; state: string; html: string };
  public_media: { article_id: string; media_id: string };
  media: { id: string };
}

/** `/media/<id>/<rendition>` in a stored page: the images it was published with. */
const renditionAddress = new RegExp(`/media/([0-9A-Za-z_-]{1,100})/(?:${renditionNames.join('|')})\\b`, 'g');

/**
 * Renditions are public only for images a live page shows (before this, anyone with an image's
 * id could fetch it, unpublished or not). Pages published earlier are read once for their images.
 */
export const publicMediaMigration: Migration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    const db = untyped as Kysely<Tables>;
    await db.schema
      .createTable('public_media')
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull())
      .addColumn('media_id', 'varchar(100)', (col) => col.notNull())
      .addPrimaryKeyConstraint('public_media_pk', ['article_id', 'media_id'])
      .execute();
    await db.schema.createIndex('public_media_media').on('public_media').columns(['media_id']).execute();

    let after = '';
    for (;;) {
      const pages = await db
        .selectFrom('public_pages')
        .select(['article_id', 'html'])
        .where('state', '=', 'live')
        .where('article_id', '>', after)
        .orderBy('article_id')
        .limit(batchSize)
        .execute();
      if (pages.length === 0) return;
      after = pages[pages.length - 1]?.article_id ?? after;
      const shown = pages.flatMap((page) => [...new Set([...page.html.matchAll(renditionAddress)].map((match) => match[1] ?? ''))].map((mediaId) => ({ article_id: page.article_id, media_id: mediaId })));
      const ids = [...new Set(shown.map((row) => row.media_id))];
      if (ids.length === 0) continue;
      const known = new Set((await db.selectFrom('media').select('id').where('id', 'in', ids).execute()).map((row) => row.id));
      const rows = shown.filter((row) => known.has(row.media_id));
      if (rows.length > 0) await db.insertInto('public_media').values(rows).execute();
    }
  },
};

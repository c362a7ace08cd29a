import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Every revision of an article is kept (the diff since approval, "restore this revision", the
 * audit), and the review queues get the indexes their filters and sorts need at 5,000 articles.
 * Existing articles keep their current revision as the first one stored.
 */
export const articleRevisionsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('article_revisions')
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull().references('articles.id'))
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('author_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('article_revisions_pk', ['article_id', 'revision'])
      .execute();
    await sql`insert into article_revisions (article_id, revision, content, author_id, created_at)
      select id, revision, content, author_id, updated_at from articles`.execute(db);
    await db.schema.createIndex('articles_status_created').on('articles').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
    await db.schema.createIndex('articles_author').on('articles').columns(['author_id', 'status']).execute();
    await db.schema.createIndex('articles_needs_photos').on('articles').columns(['needs_photos', 'created_at']).execute();
  },
};

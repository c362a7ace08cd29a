import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { databaseKind } from './database-kind';

/**
 * Stored public pages, tag/topic rows and the search index. Search terms are made in the
 * process (Intl.Segmenter words + CJK unigrams/bigrams) and stored pre-tokenized: SQLite's
 * FTS5 reads them as space-separated words, PostgreSQL takes them verbatim as lexemes
 * (`array_to_tsvector`), so neither engine's own word splitting ever sees Chinese text.
 */
export const publicSiteMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const postgres = databaseKind(db) === 'postgres';
    await db.schema
      .createTable('public_pages')
      .addColumn('article_id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('doc_id', 'bigint', (col) => col.notNull().unique())
      .addColumn('slug', 'varchar(200)', (col) => col.notNull().unique())
      .addColumn('state', 'varchar(10)', (col) => col.notNull())
      .addColumn('language', 'varchar(10)', (col) => col.notNull())
      .addColumn('section', 'varchar(100)', (col) => col.notNull())
      .addColumn('headline', 'text', (col) => col.notNull())
      .addColumn('standfirst', 'text', (col) => col.notNull())
      .addColumn('body_text', 'text', (col) => col.notNull())
      .addColumn('tags', 'text', (col) => col.notNull())
      .addColumn('topics', 'text', (col) => col.notNull())
      .addColumn('image_src', 'text', (col) => col.notNull())
      .addColumn('image_width', 'integer', (col) => col.notNull())
      .addColumn('image_height', 'integer', (col) => col.notNull())
      .addColumn('published_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('modified_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('html', 'text', (col) => col.notNull())
      .addColumn('ninjs', 'text', (col) => col.notNull())
      .addColumn('etag', 'varchar(80)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('public_pages_state_doc').on('public_pages').columns(['state', 'doc_id']).execute();
    await db.schema.createIndex('public_pages_section_doc').on('public_pages').columns(['section', 'state', 'doc_id']).execute();
    await db.schema.createIndex('public_pages_state_published').on('public_pages').columns(['state', 'published_at']).execute();

    await db.schema
      .createTable('public_labels')
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull())
      .addColumn('kind', 'varchar(10)', (col) => col.notNull())
      .addColumn('label_key', 'varchar(200)', (col) => col.notNull())
      .addColumn('doc_id', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('public_labels_pk', ['article_id', 'kind', 'label_key'])
      .execute();
    await db.schema.createIndex('public_labels_listing').on('public_labels').columns(['kind', 'label_key', 'doc_id']).execute();

    if (postgres) {
      // Three vectors, one per search scope; the title is weight A so ts_rank favours it.
      // fastupdate off: a newsroom publishes a few articles a minute, and GIN's pending list
      // (scanned linearly by every search until vacuum merges it) made searches 5-10× slower.
      await sql`alter table public_pages add column title_vector tsvector, add column content_vector tsvector, add column keyword_vector tsvector`.execute(db);
      await sql`create index public_pages_title_vector on public_pages using gin (title_vector) with (fastupdate = off)`.execute(db);
      await sql`create index public_pages_content_vector on public_pages using gin (content_vector) with (fastupdate = off)`.execute(db);
      await sql`create index public_pages_keyword_vector on public_pages using gin (keyword_vector) with (fastupdate = off)`.execute(db);
      return;
    }
    // rowid = doc_id, so "newest first" is FTS5's own fast ORDER BY rowid DESC.
    await sql`create virtual table public_search using fts5(title, body, keywords, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  },
};

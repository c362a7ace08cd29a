import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Users, sessions, articles with their approvals and audit trail, media, idempotency keys. */
export const newsroomMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('username', 'varchar(80)', (col) => col.notNull().unique())
      .addColumn('display_name', 'varchar(200)', (col) => col.notNull())
      .addColumn('role', 'varchar(20)', (col) => col.notNull())
      .addColumn('password_hash', 'varchar(300)', (col) => col.notNull())
      .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('revoked_at', 'varchar(30)')
      .execute();

    await db.schema
      .createTable('login_failures')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('username', 'varchar(80)', (col) => col.notNull())
      .addColumn('at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('login_failures_username_at').on('login_failures').columns(['username', 'at']).execute();

    await db.schema
      .createTable('articles')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('slug', 'varchar(200)', (col) => col.notNull())
      .addColumn('language', 'varchar(10)', (col) => col.notNull())
      .addColumn('section', 'varchar(100)', (col) => col.notNull())
      .addColumn('headline', 'varchar(300)', (col) => col.notNull())
      .addColumn('status', 'varchar(30)', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('author_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('assignee_id', 'varchar(40)', (col) => col.references('users.id'))
      .addColumn('needs_photos', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('publish_at', 'varchar(30)')
      .addColumn('published_at', 'varchar(30)')
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('articles_status_updated').on('articles').columns(['status', 'updated_at']).execute();
    await db.schema.createIndex('articles_assignee').on('articles').column('assignee_id').execute();
    await db.schema.createIndex('articles_publish_at').on('articles').columns(['status', 'publish_at']).execute();

    await db.schema
      .createTable('approvals')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull().references('articles.id'))
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('user_id', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('approvals_article').on('approvals').column('article_id').execute();

    await db.schema
      .createTable('article_events')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('article_id', 'varchar(40)', (col) => col.notNull().references('articles.id'))
      .addColumn('at', 'varchar(30)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(40)', (col) => col.references('users.id'))
      .addColumn('action', 'varchar(40)', (col) => col.notNull())
      .addColumn('from_status', 'varchar(30)')
      .addColumn('to_status', 'varchar(30)', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('article_events_article').on('article_events').columns(['article_id', 'id']).execute();

    await db.schema
      .createTable('media')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey())
      .addColumn('uploaded_by', 'varchar(40)', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('original_name', 'varchar(300)', (col) => col.notNull())
      .addColumn('source_type', 'varchar(40)', (col) => col.notNull())
      .addColumn('width', 'integer', (col) => col.notNull())
      .addColumn('height', 'integer', (col) => col.notNull())
      .addColumn('byte_size', 'integer', (col) => col.notNull())
      .addColumn('caption', 'text', (col) => col.notNull())
      .addColumn('credit', 'text', (col) => col.notNull())
      .addColumn('byline', 'text', (col) => col.notNull())
      .addColumn('copyright', 'text', (col) => col.notNull())
      .addColumn('renditions', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('user_id', 'varchar(40)', (col) => col.notNull())
      .addColumn('idempotency_key', 'varchar(200)', (col) => col.notNull())
      .addColumn('request_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('content_type', 'varchar(100)')
      .addColumn('response_body', 'text')
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'idempotency_key'])
      .execute();
  },
};

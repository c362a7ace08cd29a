import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { defaultSections } from '../../../shared/sections/default-sections';
import { databaseKind } from '../../public-site/db/database-kind';

// Migrations see the database as it was when they were written, not through the live schema type.
interface Tables {
  sections: { slug: string; name_en: string; name_zh_hant: string; position: number; updated_at: string };
}

/**
 * Sections become a list the newsroom manages (before, `section` was free text and "香港" and
 * "hong-kong" became two sections of the site); a new server starts with a Hong Kong outlet's set.
 * Drafts now keep over-long text whole (the checklist refuses it at approval), so on PostgreSQL
 * the article columns copied from the content lose their length caps (SQLite never enforced them).
 */
export const sectionsMigration: Migration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    const db = untyped as Kysely<Tables>;
    await db.schema
      .createTable('sections')
      .addColumn('slug', 'varchar(60)', (col) => col.primaryKey())
      .addColumn('name_en', 'varchar(60)', (col) => col.notNull())
      .addColumn('name_zh_hant', 'varchar(60)', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    const at = new Date().toISOString();
    await db
      .insertInto('sections')
      .values(defaultSections.map((section) => ({ slug: section.slug, name_en: section.names.en, name_zh_hant: section.names['zh-Hant'], position: section.position, updated_at: at })))
      .execute();
    if (databaseKind(untyped) === 'postgres') {
      for (const column of ['headline', 'slug', 'section']) {
        await untyped.schema.alterTable('articles').alterColumn(column, (col) => col.setDataType('text')).execute();
      }
    }
    // Approval looks up who else holds a slug; without an index that reads every article.
    await untyped.schema.createIndex('articles_slug').on('articles').column('slug').execute();
  },
};

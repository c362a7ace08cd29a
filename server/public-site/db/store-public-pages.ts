import { sql } from 'kysely';
import type { PublicDb } from './public-site-tables';
import type { PublicPageRecord } from './public-page-record';
import { databaseKind } from './database-kind';
import { labelKey } from '../render/site-paths';
import { sitemapDay } from '../feeds/sitemap-partitions';
import { recountSitemapDays } from './sitemap-days';
import type { ListingDeltas } from './listing-counts';
import { addListings, applyListingDeltas, labelListings, pageListings } from './listing-counts';

// PostgreSQL allows 65,535 parameters per statement; 20 columns × 200 rows stays well below.
const batchSize = 200;

/** The FTS5 text of a term list: FTS5's unicode61 tokenizer reads it back as the same words. */
function ftsText(terms: string[]): string {
  return terms.join(' ');
}

/** Removes an article from pages, listings and the search index (before storing it anew). */
export async function removePublicPage(db: PublicDb, articleId: string): Promise<void> {
  const existing = await db.selectFrom('public_pages').select(['doc_id', 'state', 'section']).where('article_id', '=', articleId).executeTakeFirst();
  if (!existing) return;
  if (databaseKind(db) === 'sqlite') await sql`delete from public_search where rowid = ${Number(existing.doc_id)}`.execute(db);
  const labels = await db.selectFrom('public_labels').select(['kind', 'label_key']).where('article_id', '=', articleId).execute();
  const deltas: ListingDeltas = new Map();
  addListings(deltas, [...pageListings(existing), ...labelListings(labels)], -1);
  await applyListingDeltas(db, deltas);
  await db.deleteFrom('public_labels').where('article_id', '=', articleId).execute();
  await db.deleteFrom('public_media').where('article_id', '=', articleId).execute();
  await db.deleteFrom('public_pages').where('article_id', '=', articleId).execute();
  await recountSitemapDays(db, [sitemapDay(Number(existing.doc_id))]);
}

/**
 * Inserts new page rows with their tag/topic rows and search entries, in batches. Used by the
 * publication hooks (one page) and by bulk loads (the search benchmark), so both index alike.
 */
export async function insertPublicPages(db: PublicDb, records: PublicPageRecord[]): Promise<void> {
  const postgres = databaseKind(db) === 'postgres';
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    await db
      .insertInto('public_pages')
      .values(
        batch.map((record) => ({
          article_id: record.articleId,
          doc_id: record.docId,
          slug: record.slug,
          state: record.state,
          language: record.language,
          section: record.section,
          headline: record.headline,
          standfirst: record.standfirst,
          body_text: record.bodyText,
          tags: JSON.stringify(record.tags),
          topics: JSON.stringify(record.topics),
          image_src: record.image?.src ?? '',
          image_width: record.image?.width ?? 0,
          image_height: record.image?.height ?? 0,
          published_at: record.publishedAt,
          modified_at: record.modifiedAt,
          html: record.html,
          ninjs: record.ninjs,
          etag: record.etag,
        })),
      )
      .execute();
    const labels = batch.flatMap((record) => {
      if (record.terms === null) return [];
      const rows = new Map<string, { article_id: string; kind: string; label_key: string; doc_id: number }>();
      for (const [kind, names] of [['tag', record.tags], ['topic', record.topics]] as const) {
        for (const name of names) {
          const key = labelKey(name);
          if (key !== '') rows.set(`${kind}\u0000${key}`, { article_id: record.articleId, kind, label_key: key, doc_id: record.docId });
        }
      }
      return [...rows.values()];
    });
    if (labels.length > 0) await db.insertInto('public_labels').values(labels).execute();
    const deltas: ListingDeltas = new Map();
    for (const record of batch) addListings(deltas, pageListings(record), 1);
    addListings(deltas, labelListings(labels), 1);
    await applyListingDeltas(db, deltas);
    const media = batch.flatMap((record) => [...new Set(record.mediaIds)].map((mediaId) => ({ article_id: record.articleId, media_id: mediaId })));
    if (media.length > 0) await db.insertInto('public_media').values(media).execute();
    const indexed = batch.filter((record) => record.terms !== null);
    if (postgres && indexed.length > 0) {
      const values = indexed.map((record) => sql`(${record.articleId}, ${record.terms?.title ?? []}::text[], ${record.terms?.body ?? []}::text[], ${record.terms?.keywords ?? []}::text[])`);
      // Terms go in verbatim as lexemes: PostgreSQL's own parser never splits the Chinese text.
      await sql`update public_pages as p set
          title_vector = setweight(array_to_tsvector(v.title), 'A'),
          content_vector = setweight(array_to_tsvector(v.title), 'A') || array_to_tsvector(v.body),
          keyword_vector = array_to_tsvector(v.keywords)
        from (values ${sql.join(values)}) as v(article_id, title, body, keywords)
        where p.article_id = v.article_id`.execute(db);
    }
    if (!postgres && indexed.length > 0) {
      const values = indexed.map((record) => sql`(${record.docId}, ${ftsText(record.terms?.title ?? [])}, ${ftsText(record.terms?.body ?? [])}, ${ftsText(record.terms?.keywords ?? [])})`);
      await sql`insert into public_search (rowid, title, body, keywords) values ${sql.join(values)}`.execute(db);
    }
    await recountSitemapDays(db, batch.map((record) => sitemapDay(record.docId)));
  }
}

/** Replaces an article's stored page, listings and index entries. */
export async function storePublicPage(db: PublicDb, record: PublicPageRecord): Promise<void> {
  await removePublicPage(db, record.articleId);
  await insertPublicPages(db, [record]);
}

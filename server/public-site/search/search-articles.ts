import { sql } from 'kysely';
import { databaseKind } from '../db/database-kind';
import type { PublicDb } from '../db/public-site-tables';
import type { SearchScope, SearchSort } from '../render/site-chrome';
import type { ListPage } from './search-hit';
import { listColumns, listItemFromRow } from './search-hit';

export interface SearchParams {
  terms: string[];
  scope: SearchScope;
  sort: SearchSort;
  limit: number;
  offset: number;
}

/** An FTS5 string literal: the term is matched as written, never read as query syntax. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

const ftsColumns: Record<SearchScope, string> = { content: '{title body}', title: 'title', keyword: 'keywords' };

/** A tsquery of quoted lexemes, all required; quotes and backslashes escaped. */
function tsQuery(terms: string[]): string {
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

async function fetchPages(db: PublicDb, docIds: number[]): Promise<ListPage['items']> {
  if (docIds.length === 0) return [];
  const rows = await db.selectFrom('public_pages').select(listColumns).select('doc_id').where('doc_id', 'in', docIds).execute();
  const byDoc = new Map(rows.map((row) => [Number(row.doc_id), listItemFromRow(row)]));
  return docIds.flatMap((docId) => {
    const item = byDoc.get(docId);
    return item ? [item] : [];
  });
}

async function searchSqlite(db: PublicDb, params: SearchParams): Promise<ListPage> {
  const all = params.terms.map(ftsPhrase).join(' AND ');
  const match = `${ftsColumns[params.scope]} : (${all})`;
  const order =
    params.sort === 'newest'
      ? sql`rowid desc`
      : params.sort === 'oldest'
        ? sql`rowid asc`
        : // Title hits first (whatever the body says), then BM25 with the title weighted highest.
          sql`(rowid in (select rowid from public_search where public_search match ${`title : (${all})`})) desc, bm25(public_search, 10.0, 1.0, 4.0), rowid desc`;
  const ids = await sql<{ doc: number }>`select rowid as doc from public_search where public_search match ${match} order by ${order} limit ${params.limit} offset ${params.offset}`.execute(db);
  const count = await sql<{ total: number }>`select count(*) as total from public_search where public_search match ${match}`.execute(db);
  return { items: await fetchPages(db, ids.rows.map((row) => Number(row.doc))), total: Number(count.rows[0]?.total ?? 0) };
}

async function searchPostgres(db: PublicDb, params: SearchParams): Promise<ListPage> {
  const query = sql`cast(${tsQuery(params.terms)} as tsquery)`;
  const vector = params.scope === 'title' ? sql.ref('title_vector') : params.scope === 'keyword' ? sql.ref('keyword_vector') : sql.ref('content_vector');
  const order =
    params.sort === 'newest'
      ? sql`doc_id desc`
      : params.sort === 'oldest'
        ? sql`doc_id asc`
        : sql`(title_vector @@ ${query}) desc, ts_rank(${vector}, ${query}) desc, doc_id desc`;
  const ids = await sql<{ doc_id: string | number }>`select doc_id from public_pages where state = 'live' and ${vector} @@ ${query} order by ${order} limit ${params.limit} offset ${params.offset}`.execute(db);
  const count = await sql<{ total: string | number }>`select count(*) as total from public_pages where state = 'live' and ${vector} @@ ${query}`.execute(db);
  return { items: await fetchPages(db, ids.rows.map((row) => Number(row.doc_id))), total: Number(count.rows[0]?.total ?? 0) };
}

/**
 * Live articles matching every term in the chosen scope (content = headline + standfirst +
 * body; title; keyword = tags and topics), newest, oldest or most relevant first.
 */
export function searchArticles(db: PublicDb, params: SearchParams): Promise<ListPage> {
  return databaseKind(db) === 'postgres' ? searchPostgres(db, params) : searchSqlite(db, params);
}

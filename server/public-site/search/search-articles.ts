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

/**
 * Relevance is ranked among the newest matches only: a one-character query can match half the
 * archive, and ranking all of it on every search would cost far more than readers gain from
 * a years-old article scoring slightly higher. Titles still come first within the window.
 */
export const relevanceCandidates = 1000;
/** Counts stop here; the page says "more than …" past it and the pager ends just after it. */
export const countCap = 1000;

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
  const page = params.sort === 'relevance'
    ? // bm25 with only the title weighted is 0 exactly when the title has none of the terms.
      sql<{ doc: number }>`with candidates as (
          select rowid as doc, bm25(public_search, 1.0, 0.0, 0.0) as title_score, bm25(public_search, 10.0, 1.0, 4.0) as score
          from public_search where public_search match ${match} order by rowid desc limit ${relevanceCandidates})
        select doc from candidates order by (title_score < 0) desc, score, doc desc limit ${params.limit} offset ${params.offset}`
    : sql<{ doc: number }>`select rowid as doc from public_search where public_search match ${match} order by ${params.sort === 'newest' ? sql`rowid desc` : sql`rowid asc`} limit ${params.limit} offset ${params.offset}`;
  const ids = await page.execute(db);
  const count = await sql<{ total: number }>`select count(*) as total from (select 1 from public_search where public_search match ${match} limit ${countCap + 1})`.execute(db);
  return { items: await fetchPages(db, ids.rows.map((row) => Number(row.doc))), total: Number(count.rows[0]?.total ?? 0) };
}

async function searchPostgres(db: PublicDb, params: SearchParams): Promise<ListPage> {
  const query = sql`cast(${tsQuery(params.terms)} as tsquery)`;
  const vector = params.scope === 'title' ? sql.ref('title_vector') : params.scope === 'keyword' ? sql.ref('keyword_vector') : sql.ref('content_vector');
  const matching = sql`from public_pages where state = 'live' and ${vector} @@ ${query}`;
  const page = params.sort === 'relevance'
    ? sql<{ doc_id: string | number }>`with candidates as (select doc_id, title_vector, ${vector} as vector ${matching} order by doc_id desc limit ${relevanceCandidates})
        select doc_id from candidates order by (title_vector @@ ${query}) desc, ts_rank(vector, ${query}) desc, doc_id desc limit ${params.limit} offset ${params.offset}`
    : sql<{ doc_id: string | number }>`select doc_id ${matching} order by ${params.sort === 'newest' ? sql`doc_id desc` : sql`doc_id asc`} limit ${params.limit} offset ${params.offset}`;
  const ids = await page.execute(db);
  const count = await sql<{ total: string | number }>`select count(*) as total from (select 1 ${matching} limit ${countCap + 1}) as capped`.execute(db);
  return { items: await fetchPages(db, ids.rows.map((row) => Number(row.doc_id))), total: Number(count.rows[0]?.total ?? 0) };
}

/**
 * Live articles matching every term in the chosen scope (content = headline + standfirst +
 * body; title; keyword = tags and topics), newest, oldest or most relevant first. `total` is
 * exact up to `countCap` and `countCap + 1` beyond it.
 */
export function searchArticles(db: PublicDb, params: SearchParams): Promise<ListPage> {
  return databaseKind(db) === 'postgres' ? searchPostgres(db, params) : searchSqlite(db, params);
}

import type { ArticleStatus, Language } from '../../../shared/article';
import type { DraftSummary } from '../../../shared/desk-api';
import { searchHighlights, searchQueryTokens, type TextRange } from '../../../shared/text/search-tokens';
import type { DraftRecord } from '../drafts/draft-journal';
import { summaryOf, type DraftStore } from '../drafts/draft-store';
import { readFile } from 'node:fs/promises';
import { excerptShowsMatch, snippetAround } from './draft-snippet';
import type { SearchScope } from './search-index';

export type SearchSort = 'newest' | 'oldest' | 'relevance';

export interface DraftSearchRequest {
  query: string;
  scope: SearchScope;
  sort: SearchSort;
  status?: ArticleStatus | undefined;
  language?: Language | undefined;
  offset: number;
  limit: number;
}

export interface DraftSearchHit {
  draft: DraftSummary;
  tags: string[];
  topics: string[];
  snippet: string;
  headlineHighlights: TextRange[];
  snippetHighlights: TextRange[];
}

/**
 * Search over the drafts (not the trash): every query term must occur in the chosen scope —
 * Content (headline, standfirst, body, captions), Title (headline) or Keyword (tags and topics).
 * Relevance puts title matches first, then keyword matches, then body matches, newest first
 * among equals. Only the page returned is opened from disk, to cut its snippet.
 */
export class DraftSearch {
  private readonly store: DraftStore;

  constructor(store: DraftStore) {
    this.store = store;
  }

  async search(request: DraftSearchRequest): Promise<{ total: number; hits: DraftSearchHit[] }> {
    const terms = searchQueryTokens(request.query);
    if (terms.length > 0) {
      await this.store.catalog.indexReady;
      await this.store.catalog.settled();
    }
    // Parallel arrays, not an object per match: a search over 10,000 drafts stays cheap to collect.
    const found: DraftRecord[] = [];
    const scores: number[] = [];
    const consider = (id: string, title: number, body: number, keyword: number) => {
      const record = this.store.record(id);
      if (!record || record.trashedAt !== null) return;
      if (request.status && record.status !== request.status) return;
      if (request.language && record.language !== request.language) return;
      found.push(record);
      scores.push(title * 100 + keyword * 10 + body);
    };
    if (terms.length > 0) this.store.catalog.index.forEachMatch(terms, request.scope, consider);
    else for (const id of this.store.catalog.records.keys()) consider(id, 0, 0, 0);
    const order = found.map((_, index) => index).sort(comparator(request.sort, found, scores));
    const hits: DraftSearchHit[] = [];
    for (const index of order.slice(request.offset, request.offset + request.limit)) {
      const record = found[index];
      if (record) hits.push(await this.hit(record, request, terms.length > 0));
    }
    return { total: found.length, hits };
  }

  private async hit(record: DraftRecord, request: DraftSearchRequest, hasQuery: boolean): Promise<DraftSearchHit> {
    const snippet = await this.snippet(record, request, hasQuery);
    return {
      draft: summaryOf(record),
      tags: record.tags,
      topics: record.topics,
      snippet,
      headlineHighlights: hasQuery && request.scope !== 'keyword' ? searchHighlights(record.headline, request.query) : [],
      snippetHighlights: hasQuery ? searchHighlights(snippet, request.query) : [],
    };
  }

  private async snippet(record: DraftRecord, request: DraftSearchRequest, hasQuery: boolean): Promise<string> {
    if (request.scope === 'keyword') return [...record.tags, ...record.topics].join(' · ');
    // The stored excerpt serves when there is no query, for title searches, and when the match
    // shows near its start (common words mostly do): no file to open then.
    if (!hasQuery || request.scope === 'title') return record.excerpt;
    if (excerptShowsMatch(record.excerpt, request.query)) return record.excerpt;
    // Only the text is needed here, not a validated article: read the file loosely (fast).
    const data: unknown = await readFile(this.store.files.path(record.id, 'drafts'), 'utf8').then(JSON.parse, () => null);
    const texts: string[] = [];
    if (isRecord(data)) {
      if (typeof data.standfirst === 'string') texts.push(data.standfirst);
      if (isRecord(data.body)) collectTexts(data.body, texts);
    }
    return snippetAround(texts, request.query);
  }
}

/** Orders positions in `found` (whose scores are in `scores`); ISO times compare as strings. */
function comparator(sort: SearchSort, found: DraftRecord[], scores: number[]): (a: number, b: number) => number {
  const time = (index: number) => found[index]?.updatedAt ?? '';
  const newestFirst = (a: number, b: number) => compareStrings(time(b), time(a));
  if (sort === 'oldest') return (a, b) => compareStrings(time(a), time(b));
  if (sort === 'relevance') return (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || newestFirst(a, b);
  return newestFirst;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collectTexts(node: Record<string, unknown>, texts: string[]): void {
  const attrs = node.attrs;
  if (isRecord(attrs)) {
    for (const key of ['title', 'caption', 'credit']) {
      const value = attrs[key];
      if (typeof value === 'string' && value !== '') texts.push(value);
    }
  }
  if (!Array.isArray(node.content)) return;
  const children = node.content.filter(isRecord);
  // A paragraph's runs (bold, links…) are one piece of text; blocks are separate pieces.
  if (children.some((child) => typeof child.text === 'string')) {
    texts.push(children.map((child) => (typeof child.text === 'string' ? child.text : '')).join(''));
    return;
  }
  for (const child of children) collectTexts(child, texts);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

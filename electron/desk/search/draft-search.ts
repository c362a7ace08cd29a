import type { ArticleStatus, Language } from '../../../shared/article';
import type { DraftSummary } from '../../../shared/desk-api';
import { searchHighlights, searchQueryPieces, searchQueryTokens, type TextRange } from '../../../shared/text/search-tokens';
import type { DraftRecord } from '../drafts/draft-journal';
import { summaryOf, type DraftStore } from '../drafts/draft-store';
import { readFile } from 'node:fs/promises';
import type { IndexMatch, SearchScope } from './search-index';

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

const snippetLength = 160;
const snippetLead = 40;

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
    const matches: IndexMatch[] =
      terms.length > 0
        ? this.store.catalog.index.match(terms, request.scope)
        : [...this.store.catalog.records.keys()].map((id) => ({ id, title: 0, body: 0, keyword: 0 }));
    const found: { record: DraftRecord; score: number }[] = [];
    for (const match of matches) {
      const record = this.store.record(match.id);
      if (!record || record.trashedAt !== null) continue;
      if (request.status && record.status !== request.status) continue;
      if (request.language && record.language !== request.language) continue;
      found.push({ record, score: match.title * 100 + match.keyword * 10 + match.body });
    }
    found.sort(comparator(request.sort));
    const page = found.slice(request.offset, request.offset + request.limit);
    const hits: DraftSearchHit[] = [];
    for (const { record } of page) hits.push(await this.hit(record, request, terms.length > 0));
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
    const inExcerpt = firstMatch(record.excerpt, request.query);
    if (inExcerpt !== -1 && inExcerpt < snippetLength - snippetLead) return record.excerpt;
    // Only the text is needed here, not a validated article: read the file loosely (fast).
    const data: unknown = await readFile(this.store.files.path(record.id, 'drafts'), 'utf8').then(JSON.parse, () => null);
    const texts: string[] = [];
    if (isRecord(data)) {
      if (typeof data.standfirst === 'string') texts.push(data.standfirst);
      if (isRecord(data.body)) collectTexts(data.body, texts);
    }
    const text = texts.join(' ').replace(/\s+/gu, ' ').trim();
    const first = hasQuery ? firstMatch(text, request.query) : -1;
    const start = first > 0 ? Math.max(0, first - snippetLead) : 0;
    const end = Math.min(text.length, start + snippetLength);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
}

function comparator(sort: SearchSort): (a: { record: DraftRecord; score: number }, b: { record: DraftRecord; score: number }) => number {
  if (sort === 'oldest') return (a, b) => a.record.updatedAt.localeCompare(b.record.updatedAt);
  if (sort === 'relevance') return (a, b) => b.score - a.score || b.record.updatedAt.localeCompare(a.record.updatedAt);
  return (a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt);
}

/** Where the query first shows in the text (a whole piece, else a Chinese bigram of it), or -1. */
function firstMatch(text: string, query: string): number {
  const lower = text.toLowerCase();
  let best = -1;
  const consider = (at: number) => {
    if (at !== -1 && (best === -1 || at < best)) best = at;
  };
  const pieces = searchQueryPieces(query);
  for (const piece of pieces) consider(lower.indexOf(piece));
  if (best !== -1) return best;
  for (const piece of pieces) {
    const characters = [...piece];
    for (let i = 0; i + 1 < characters.length; i += 1) consider(lower.indexOf(`${characters[i]}${characters[i + 1]}`));
  }
  return best;
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

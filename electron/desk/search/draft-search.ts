import type { ArticleStatus, Language } from '../../../shared/article';
import type { DraftSummary } from '../../../shared/desk-api';
import { searchHighlights, searchQueryTokens, type TextRange } from '../../../shared/text/search-tokens';
import type { DraftRecord } from '../drafts/draft-journal';
import { summaryOf, type DraftStore } from '../drafts/draft-store';
import { bodyTexts } from './draft-terms';
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
    if (terms.length > 0) await this.store.catalog.indexReady;
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
    const article = await this.store.files.read(record.id, 'drafts').catch(() => null);
    if (!article) return '';
    const text = bodyTexts(article).join(' ').replace(/\s+/gu, ' ').trim();
    const first = hasQuery ? searchHighlights(text, request.query)[0] : undefined;
    const start = first ? Math.max(0, first.start - snippetLead) : 0;
    const end = Math.min(text.length, start + snippetLength);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
}

function comparator(sort: SearchSort): (a: { record: DraftRecord; score: number }, b: { record: DraftRecord; score: number }) => number {
  if (sort === 'oldest') return (a, b) => a.record.updatedAt.localeCompare(b.record.updatedAt);
  if (sort === 'relevance') return (a, b) => b.score - a.score || b.record.updatedAt.localeCompare(a.record.updatedAt);
  return (a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt);
}

import type { SearchTerms } from '../search/article-search-terms';

/** Everything stored for one live (or gone) article page. */
export interface PublicPageRecord {
  articleId: string;
  docId: number;
  slug: string;
  state: 'live' | 'gone';
  language: string;
  section: string;
  headline: string;
  standfirst: string;
  bodyText: string;
  tags: string[];
  topics: string[];
  image: { src: string; width: number; height: number } | null;
  publishedAt: string;
  modifiedAt: string;
  html: string;
  ninjs: string;
  etag: string;
  /** Library images the page shows (lead and figures): their renditions become public. Empty when gone. */
  mediaIds: string[];
  /** Null for a gone page: it leaves the index and the listings. */
  terms: SearchTerms | null;
}

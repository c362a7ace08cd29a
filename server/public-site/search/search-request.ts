import { z } from 'zod';
import { languageSchema } from '../../../shared/article';
import type { Language } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { searchQueryTokens } from '../../../shared/text/search-tokens';
import type { SearchScope, SearchSort } from '../render/site-chrome';

const maxTerms = 12;
const maxPage = 500;

const rawSchema = z.object({
  q: z.union([z.string(), z.array(z.string())]).optional(),
  scope: z.enum(['content', 'title', 'keyword']).catch('content'),
  sort: z.enum(['newest', 'oldest', 'relevance']).catch('newest'),
  page: z.coerce.number().int().min(1).max(maxPage).catch(1),
  lang: languageSchema.optional().catch(undefined),
});

interface SearchBase {
  query: string;
  scope: SearchScope;
  sort: SearchSort;
  /** The chrome language the reader searched from, when it was given. */
  language: Language | undefined;
}

export type SearchRequest = (SearchBase & { kind: 'empty' | 'unsafe' }) | (SearchBase & { kind: 'search'; terms: string[]; page: number });

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/**
 * Reads `/search?q=&scope=&sort=&page=` without ever failing: unknown scope or sort fall back
 * to the defaults, an empty query or one with nothing searchable in it asks for words, and an
 * over-long or binary query is refused with a friendly page (never an error page).
 */
export function parseSearchRequest(query: unknown): SearchRequest {
  const raw = rawSchema.parse(typeof query === 'object' && query !== null ? query : {});
  const text = (Array.isArray(raw.q) ? (raw.q[0] ?? '') : (raw.q ?? '')).trim();
  const base = { query: text, scope: raw.scope, sort: raw.sort, language: raw.lang };
  if ([...text].length > limits.searchQueryMax || controlCharacters.test(text)) return { ...base, kind: 'unsafe', query: '' };
  const terms = searchQueryTokens(text).slice(0, maxTerms);
  if (terms.length === 0) return { ...base, kind: 'empty' };
  return { ...base, kind: 'search', terms, page: raw.page };
}

import { addSearchTokens } from '../../../shared/text/search-tokens';

export interface SearchTerms {
  title: string[];
  body: string[];
  keywords: string[];
}

function terms(texts: string[]): string[] {
  const collected = new Set<string>();
  for (const text of texts) addSearchTokens(text, collected);
  return [...collected];
}

/**
 * The index terms of a published article, per search scope: the headline; the standfirst and
 * body; the tags and topics. Segmenter words plus CJK unigrams and bigrams (shared with the
 * desk's draft search), so 1–2 character Chinese queries match.
 */
export function articleSearchTerms(input: { headline: string; standfirst: string; bodyText: string; tags: string[]; topics: string[] }): SearchTerms {
  return {
    title: terms([input.headline]),
    body: terms([input.standfirst, input.bodyText]),
    keywords: terms([...input.tags, ...input.topics]),
  };
}

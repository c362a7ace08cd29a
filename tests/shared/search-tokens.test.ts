import { describe, expect, it } from 'vitest';
import { searchHighlights, searchQueryTokens, searchTokens } from '../../shared/text/search-tokens';

describe('searchTokens', () => {
  it('indexes Chinese words, single characters and bigrams', () => {
    const terms = searchTokens('香港政府今日宣布渡輪加價。');
    expect(terms).toEqual(expect.arrayContaining(['香港', '政府', '港', '價', '港政', '府今']));
  });

  it('lowercases English and keeps numbers whole', () => {
    const terms = searchTokens('Harbour FERRY fares rise 3.5% for 1,000 riders');
    expect(terms).toEqual(expect.arrayContaining(['harbour', 'ferry', 'fares', '3.5', '1,000']));
    expect(terms).not.toContain('FERRY');
  });

  it('leaves out punctuation and spaces', () => {
    expect(searchTokens('「，」 ... —')).toEqual([]);
  });

  it('handles long text without punctuation', () => {
    const terms = searchTokens('港'.repeat(500) + '島');
    expect(terms).toEqual(expect.arrayContaining(['港港', '港島', '島']));
  });
});

describe('searchQueryTokens', () => {
  it('turns Chinese runs into bigrams and a lone character into itself', () => {
    expect(searchQueryTokens('香港政府')).toEqual(['香港', '港政', '政府']);
    expect(searchQueryTokens('港')).toEqual(['港']);
  });

  it('mixes English words (lowercase) with Chinese', () => {
    expect(searchQueryTokens('Ferry 渡輪').sort()).toEqual(['ferry', '渡輪']);
  });

  it('every query term of a text is among the text’s index terms', () => {
    const text = 'The Star Ferry 天星小輪 raised fares by 3.5% on Monday.';
    const indexed = new Set(searchTokens(text));
    for (const query of ['star ferry', '天星', '小輪', '星小', '輪', 'MONDAY', '3.5']) {
      for (const term of searchQueryTokens(query)) expect(indexed.has(term), `${query} → ${term}`).toBe(true);
    }
  });
});

describe('searchHighlights', () => {
  it('finds each query piece case-insensitively', () => {
    expect(searchHighlights('Ferry fares: the ferry', 'FERRY')).toEqual([
      { start: 0, end: 5 },
      { start: 17, end: 22 },
    ]);
  });

  it('falls back to bigrams for a Chinese piece that is not there whole', () => {
    expect(searchHighlights('政府宣布香港渡輪', '香港政府')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerptShowsMatch, firstMatch, snippetAround } from '../../../electron/desk/search/draft-snippet';

const filler = (word: string, times: number) => Array.from({ length: times }, () => word).join(' ');

describe('draft snippets', () => {
  it('cuts 160 characters starting 40 before the first match, across pieces, with ellipses', () => {
    const pieces = [filler('alpha', 30), `the ferry   fares\nrise ${filler('omega', 60)}`];
    const snippet = snippetAround(pieces, 'Ferry');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    const body = snippet.slice(1, -1);
    expect(body).toHaveLength(160);
    expect(body.indexOf('ferry')).toBe(40);
    // Runs of spaces and line breaks read as one space, as in the joined text.
    expect(body).toContain('ferry fares rise omega');
  });

  it('starts at the beginning without an ellipsis when the match is near the start', () => {
    expect(snippetAround(['  ', '渡輪加價', '乘客不滿'], '渡輪')).toBe('渡輪加價 乘客不滿');
  });

  it('falls back to a Chinese bigram of the query when the whole run does not occur', () => {
    const pieces = [filler('甲乙', 40), `${filler('丙丁', 30)}票價上升`];
    const at = firstMatch(pieces, '加票價');
    const joined = pieces.join(' ');
    expect(at).toBe(joined.indexOf('票價'));
    expect(snippetAround(pieces, '加票價')).toContain('票價上升');
  });

  it('prefers a whole query word anywhere over an earlier bigram', () => {
    const pieces = ['港口 news', 'later 香港 here'];
    expect(firstMatch(pieces, '香港')).toBe(pieces.join(' ').indexOf('香港'));
  });

  it('gives the start of the text when nothing matches, and -1 from firstMatch', () => {
    expect(firstMatch(['nothing here'], 'ferry')).toBe(-1);
    expect(snippetAround(['nothing here'], 'ferry')).toBe('nothing here');
  });

  it('tells whether the stored excerpt already shows the match', () => {
    expect(excerptShowsMatch('The ferry fares rise', 'ferry')).toBe(true);
    expect(excerptShowsMatch(`${'x'.repeat(130)} ferry`, 'ferry')).toBe(false);
    expect(excerptShowsMatch('no match', 'ferry')).toBe(false);
  });
});

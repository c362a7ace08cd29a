import { describe, expect, it } from 'vitest';
import { bylineOf } from '../../../electron/desk/transfer/byline-paragraph';

describe('bylineOf: only a paragraph that is clearly a byline', () => {
  it.each([
    ['By Chan Mei', 'Chan Mei'],
    ['by Lee Ka-ho', 'Lee Ka-ho'],
    ['By Chan Mei and Lee Ka-ho', 'Chan Mei and Lee Ka-ho'],
    ['Staff Reporter', 'Staff Reporter'],
    ['By Our Correspondent', 'Our Correspondent'],
    ['記者 陳美', '記者 陳美'],
    ['本報記者陳美、李家豪', '本報記者陳美、李家豪'],
    ['本報記者', '本報記者'],
    ['文：陳美', '陳美'],
  ])('%s → %s', (text, byline) => {
    expect(bylineOf(text)).toBe(byline);
  });

  it.each([
    'By Monday fares will rise',
    'By Monday, fares will rise.',
    'By the pier',
    'Fares will rise in January.',
    '記者會上，陳美表示加價是必要的。',
    'By Chan Mei.',
    '',
  ])('not a byline: %s', (text) => {
    expect(bylineOf(text)).toBeNull();
  });
});

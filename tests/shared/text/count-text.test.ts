import { describe, expect, it } from 'vitest';
import { countText } from '../../../shared/text/count-text';
import { documentText } from '../../../shared/text/document-text';

describe('countText', () => {
  it('counts Chinese by characters, ignoring punctuation', () => {
    expect(countText('天星小輪加價，乘客不滿。')).toEqual({ chineseCharacters: 10, englishWords: 0, readingMinutes: 1 });
  });

  it('counts English by words, ignoring punctuation and spacing', () => {
    expect(countText("Harbour ferry fares to rise in January, operators say.  It's official.")).toEqual({
      chineseCharacters: 0,
      englishWords: 11,
      readingMinutes: 1,
    });
  });

  it('counts mixed text: Chinese characters and English words separately', () => {
    const counts = countText('天星小輪 Star Ferry 宣布，票價由2026年1月起上調。');
    // 天星小輪 宣布 票價由 年 月起上調 = 4 + 2 + 3 + 1 + 4 = 14 characters; Star, Ferry, 2026, 1 = 4 words.
    expect(counts.chineseCharacters).toBe(14);
    expect(counts.englishWords).toBe(4);
  });

  it('gives no reading time for empty text, and rounds reading time up', () => {
    expect(countText('')).toEqual({ chineseCharacters: 0, englishWords: 0, readingMinutes: 0 });
    expect(countText('港'.repeat(401)).readingMinutes).toBe(2);
    expect(countText('word '.repeat(230)).readingMinutes).toBe(1);
    expect(countText(`${'港'.repeat(200)} ${'word '.repeat(115)}`).readingMinutes).toBe(1);
    expect(countText(`${'港'.repeat(201)} ${'word '.repeat(116)}`).readingMinutes).toBe(2);
  });

  it('counts a long text fed in pieces exactly as its parts add up (no word split at a cut)', () => {
    const english = 'The operator said fuel costs had almost doubled over the past year. ';
    const chinese = '天星小輪宣布由明年一月起調整票價，營辦商指燃油成本上升。';
    const long = `${english.repeat(40)}${chinese.repeat(30)}supercalifragilistic${'x'.repeat(300)} end`;
    const counts = countText(long);
    expect(counts.englishWords).toBe(12 * 40 + 2);
    expect(counts.chineseCharacters).toBe(26 * 30);
  });
});

describe('documentText', () => {
  it('separates blocks so words at block edges never merge, and includes case titles', () => {
    const text = documentText({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Fares' }] },
        { type: 'caseSection', attrs: { title: '前僱員' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'rise' }] }] },
        { type: 'figure', attrs: { caption: 'not counted' } },
      ],
    });
    expect(countText(text)).toEqual({ chineseCharacters: 3, englishWords: 2, readingMinutes: 1 });
  });
});

/** What the status bar shows: Chinese is counted in characters, English (and other spaced scripts) in words. */
export interface TextCounts {
  /** Han characters (and kana/hangul), one by one. */
  chineseCharacters: number;
  /** Words of spaced scripts (English, numbers), as a word breaker sees them. */
  englishWords: number;
  /** Whole minutes, rounded up; 0 for empty text. */
  readingMinutes: number;
}

// Reading speeds used by the desk: Chinese readers ~400 characters/min, English ~230 words/min.
const chineseCharactersPerMinute = 400;
const englishWordsPerMinute = 230;

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

let segmenter: Intl.Segmenter | undefined;

/**
 * Counts mixed-language text correctly: a word breaker splits the text, Chinese runs count
 * their characters and other word-like runs count once each, so "香港 Harbour ferry" is
 * 2 characters + 2 words, not 1 "word" of 3 tokens.
 */
export function countText(text: string): TextCounts {
  segmenter ??= new Intl.Segmenter('zh-Hant', { granularity: 'word' });
  let chineseCharacters = 0;
  let englishWords = 0;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const han = segment.match(cjk)?.length ?? 0;
    if (han > 0) {
      chineseCharacters += han;
      // A segment mixing scripts (rare: "iPhone15代") still counts its Latin part as a word.
      if (segment.replace(cjk, '').trim() !== '') englishWords += 1;
    } else {
      englishWords += 1;
    }
  }
  const minutes = chineseCharacters / chineseCharactersPerMinute + englishWords / englishWordsPerMinute;
  return { chineseCharacters, englishWords, readingMinutes: Math.ceil(minutes) };
}

import { customPinyin, pinyin } from 'pinyin-pro';
import { englishSlug } from './english-slug';
import { trimSlug } from './trim-slug';

// pinyin-pro's phrase dictionary is Simplified: a few Traditional words frequent in Hong Kong
// headlines otherwise come out with the wrong reading (通車 → "tong ju", 銀行 → "yin xing").
customPinyin({ 車: 'chē', 銀行: 'yín háng', 重慶: 'chóng qìng', 行政長官: 'xíng zhèng zhǎng guān' });

/** A short URL, not a transcription of the whole headline: the first few syllables say enough. */
export const pinyinSlugSyllables = 8;
const pinyinSlugMax = 60;

/**
 * "港鐵新線明年通車" → "gang-tie-xin-xian-ming-nian-tong-che": the first syllables of a Chinese
 * headline in toneless pinyin; Latin words and numbers in it are kept as they are.
 */
export function pinyinSlug(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables.map((syllable) => englishSlug(syllable)).filter((word) => word !== '');
  return trimSlug(words.slice(0, pinyinSlugSyllables).join('-'), pinyinSlugMax);
}

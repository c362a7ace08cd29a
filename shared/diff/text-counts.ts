const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const otherWord = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface TextCounts {
  words: number;
  characters: number;
}

/**
 * Word and character counts the way a bilingual desk counts them: every Chinese character is a
 * word (as a Chinese newsroom counts 字), every English word is a word; characters exclude spaces.
 */
export function textCounts(text: string): TextCounts {
  const cjk = text.match(cjkCharacter)?.length ?? 0;
  const rest = text.replace(cjkCharacter, ' ');
  const words = rest.match(otherWord)?.length ?? 0;
  const characters = [...text.replace(/\s+/gu, '')].length;
  return { words: cjk + words, characters };
}

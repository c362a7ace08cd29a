import type { Language } from '../article';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (up to 9999; larger numbers stay digits). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) return String(value);
  const places = String(value).split('').map(Number).reverse();
  let text = '';
  let pendingZero = false;
  for (let place = places.length - 1; place >= 0; place -= 1) {
    const digit = places[place] ?? 0;
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    const omitOne = digit === 1 && place === 1 && text === '';
    text += (omitOne ? '' : digits[digit]) + units[place];
  }
  return text;
}

/**
 * A case section's name, "Case 1" in English and "案例一" in Chinese: the editor, the public page
 * and the checklist all call a case by this name, so a person finds the case they are told about.
 */
export function caseName(position: number, language: Language): string {
  if (language === 'en') return `Case ${position}`;
  return `案例${chineseNumeral(position)}`;
}

/** The label before a case section's title: "Case 1:" in English, "案例一：" in Chinese. */
export function caseLabel(position: number, language: Language): string {
  return `${caseName(position, language)}${language === 'en' ? ':' : '：'}`;
}

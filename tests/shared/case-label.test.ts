import { describe, expect, it } from 'vitest';
import { caseLabel, caseName, chineseNumeral } from '../../shared/text/case-label';

describe('case labels', () => {
  it('numbers English case sections with digits', () => {
    expect(caseLabel(1, 'en')).toBe('Case 1:');
    expect(caseLabel(12, 'en')).toBe('Case 12:');
  });

  it('numbers Chinese case sections with Chinese numerals', () => {
    expect(caseLabel(1, 'zh-Hant')).toBe('案例一：');
    expect(caseLabel(2, 'zh-Hans')).toBe('案例二：');
  });

  it('names a case without the colon, for the checklist and accessible names', () => {
    expect(caseName(3, 'en')).toBe('Case 3');
    expect(caseName(3, 'zh-Hant')).toBe('案例三');
    expect(caseName(12, 'zh-Hant')).toBe('案例十二');
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
  ])('writes %i as %s', (value, expected) => {
    expect(chineseNumeral(value)).toBe(expected);
  });
});

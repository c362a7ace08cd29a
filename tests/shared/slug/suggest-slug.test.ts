import { describe, expect, it } from 'vitest';
import { englishSlug } from '../../../shared/slug/english-slug';
import { pinyinSlug } from '../../../shared/slug/pinyin-slug';
import { slugFollowsHeadline } from '../../../shared/slug/slug-follows-headline';
import { slugProblem } from '../../../shared/slug/slug-problem';
import { suggestSlug } from '../../../shared/slug/suggest-slug';
import { limits } from '../../../shared/limits';

const id = '01JD3XQ7K2M4N6P8R0S2T4V6W8';

describe('English slugs', () => {
  it('joins lower-case words with hyphens and drops punctuation', () => {
    expect(englishSlug('Harbour ferry fares to rise in January')).toBe('harbour-ferry-fares-to-rise-in-january');
    expect(englishSlug("  Lam's plan: 'No more delays!' ")).toBe('lams-plan-no-more-delays');
  });

  it('folds accents and letters outside ASCII', () => {
    expect(englishSlug('Café owners in Causeway Bay')).toBe('cafe-owners-in-causeway-bay');
    expect(englishSlug('Straße & Øresund')).toBe('strasse-and-oresund');
  });

  it('shortens a long headline at a word boundary, never mid-word', () => {
    const slug = englishSlug('Extraordinarily '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(limits.slugMax);
    expect(slug.endsWith('extraordinarily')).toBe(true);
  });
});

describe('Chinese slugs', () => {
  it('takes the English edition when one is known', () => {
    expect(suggestSlug({ id, language: 'zh-Hant', headline: '天星小輪加價', englishEdition: { slug: 'star-ferry-fares-rise', headline: 'Star Ferry fares rise' } })).toBe('star-ferry-fares-rise');
    expect(suggestSlug({ id, language: 'zh-Hant', headline: '天星小輪加價', englishEdition: { slug: '', headline: 'Star Ferry fares rise' } })).toBe('star-ferry-fares-rise');
  });

  it('falls back to a short toneless pinyin transliteration without an English edition', () => {
    expect(suggestSlug({ id, language: 'zh-Hant', headline: '天星小輪加價' })).toBe('tian-xing-xiao-lun-jia-jia');
    expect(pinyinSlug('港鐵新線明年通車，票價加一成')).toBe('gang-tie-xin-xian-ming-nian-tong-che');
  });

  it('reads common Hong Kong words in Traditional characters correctly', () => {
    expect(pinyinSlug('銀行')).toBe('yin-hang');
    expect(pinyinSlug('重慶大廈')).toBe('chong-qing-da-sha');
  });

  it('keeps Latin words and numbers inside a Chinese headline', () => {
    expect(pinyinSlug('MTR 2027年')).toBe('mtr-2027-nian');
  });

  it('uses the id when the headline gives nothing', () => {
    expect(suggestSlug({ id, language: 'zh-Hant', headline: '' })).toBe('01jd3xq7k2m4n6p8r0s2t4v6w8');
    expect(suggestSlug({ id, language: 'en', headline: '!!!' })).toBe('01jd3xq7k2m4n6p8r0s2t4v6w8');
  });
});

describe('following the headline', () => {
  const source = { id, language: 'en' as const, headline: 'Ferry fares rise' };
  it('follows while the slug is empty or what the headline gives', () => {
    expect(slugFollowsHeadline('', source)).toBe(true);
    expect(slugFollowsHeadline('ferry-fares-rise', source)).toBe(true);
  });
  it('stops following once the slug was typed by hand', () => {
    expect(slugFollowsHeadline('fares-up', source)).toBe(false);
  });
});

describe('slug problems', () => {
  it('accepts lower-case words with single hyphens, and an empty slug', () => {
    expect(slugProblem('harbour-ferry-2027')).toBeNull();
    expect(slugProblem('')).toBeNull();
  });
  it('refuses capitals, spaces, Chinese, doubled or edge hyphens', () => {
    for (const slug of ['Harbour', 'harbour ferry', '天星', 'a--b', '-a', 'a-', 'a/b']) {
      expect(slugProblem(slug)).toEqual({ code: 'slug_invalid' });
    }
  });
  it('refuses a slug over the limit, saying how long it is', () => {
    expect(slugProblem('a'.repeat(121))).toEqual({ code: 'slug_too_long', length: 121, max: 120 });
  });
});

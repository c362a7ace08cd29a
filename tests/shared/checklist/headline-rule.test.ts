import { describe, expect, it } from 'vitest';
import { headlineRule } from '../../../shared/checklist/rules/headline-rule';
import { limits } from '../../../shared/limits';
import { completeArticle } from './complete-article';

describe('headline rule', () => {
  it('asks for a headline when it is empty or blank', () => {
    expect(headlineRule(completeArticle({ headline: '  ' }))).toEqual([
      { field: 'headline', code: 'headline_missing', message: 'Headline is missing: write a headline.' },
    ]);
  });

  it('asks to shorten a headline over the limit, counting Chinese characters one by one', () => {
    const long = '港'.repeat(limits.headlineMax + 1);
    const [problem] = headlineRule(completeArticle({ headline: long }));
    expect(problem?.code).toBe('headline_too_long');
    expect(problem?.message).toContain(`shorten it to ${limits.headlineMax}`);
    expect(headlineRule(completeArticle({ headline: '港'.repeat(limits.headlineMax) }))).toEqual([]);
  });
});

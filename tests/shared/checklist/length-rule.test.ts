import { describe, expect, it } from 'vitest';
import { articleContentSchema } from '../../../shared/article';
import { checkArticle } from '../../../shared/checklist/check-article';
import { lengthRule } from '../../../shared/checklist/rules/length-rule';
import { sectionRule } from '../../../shared/checklist/rules/section-rule';
import { slugRule } from '../../../shared/checklist/rules/slug-rule';
import { defaultSections } from '../../../shared/sections/default-sections';
import { completeArticle } from './complete-article';

describe('honest limits', () => {
  it('a draft keeps a 300-character headline and a 5,000-character standfirst whole', () => {
    const headline = '港'.repeat(300);
    const parsed = articleContentSchema.parse(completeArticle({ headline, standfirst: 'x'.repeat(5000) }));
    expect(parsed.headline).toBe(headline);
    expect(parsed.standfirst.length).toBe(5000);
  });

  it('the checklist flags the over-limit headline with its length', () => {
    const problems = checkArticle(completeArticle({ headline: 'a'.repeat(300) }));
    expect(problems).toEqual([expect.objectContaining({ field: 'headline', code: 'headline_too_long', params: { length: 300, max: 120 } })]);
  });

  it('flags every other field over its limit, and nothing at the limit', () => {
    expect(lengthRule(completeArticle({ standfirst: 's'.repeat(400), byline: 'b'.repeat(120), dateline: 'd'.repeat(80) }), {})).toEqual([]);
    const codes = lengthRule(completeArticle({
      standfirst: 's'.repeat(401),
      byline: 'b'.repeat(121),
      dateline: 'd'.repeat(81),
      tags: ['t'.repeat(41)],
      leadImage: { mediaId: 'm_1', src: 'media/m_1.jpg', caption: 'c'.repeat(1001), credit: 'ok', alt: 'ok' },
      relatedLinks: [{ title: 'r'.repeat(201), url: 'https://example.org/' }],
    }), {}).map((problem) => problem.code);
    expect(codes).toEqual(['standfirst_too_long', 'byline_too_long', 'dateline_too_long', 'lead_image_caption_too_long', 'tag_too_long', 'related_link_title_too_long']);
  });

  it('flags a figure caption over the limit with the figure\'s position', () => {
    const article = completeArticle();
    const body = { type: 'doc' as const, content: [{ type: 'figure', attrs: { mediaId: 'm', src: 'media/m.jpg', caption: 'c'.repeat(1001), credit: 'x', alt: 'x' } }] };
    expect(lengthRule({ ...article, body }, {})).toEqual([expect.objectContaining({ field: 'body.figures.0.caption', code: 'figure_caption_too_long', params: { length: 1001, max: 1000, position: 1 } })]);
  });

  it('flags more tags than the site shows', () => {
    const tags = Array.from({ length: 21 }, (_, index) => `tag${index}`);
    expect(lengthRule(completeArticle({ tags }), {}).map((problem) => problem.code)).toEqual(['tags_too_many']);
  });
});

describe('slug and section rules', () => {
  it('flags a slug a URL would have to escape', () => {
    expect(slugRule(completeArticle({ slug: 'Ferry fares' }), {}).map((problem) => problem.code)).toEqual(['slug_invalid']);
    expect(slugRule(completeArticle({ slug: 'ferry-fares' }), {})).toEqual([]);
  });

  it('flags a section that is not on the newsroom\'s list, naming it', () => {
    expect(sectionRule(completeArticle({ section: '香港' }), { sections: defaultSections })).toEqual([expect.objectContaining({ code: 'section_unknown', params: { section: '香港' } })]);
    expect(sectionRule(completeArticle({ section: 'hong-kong' }), { sections: defaultSections })).toEqual([]);
  });

  it('without a list at hand only a missing section is flagged', () => {
    expect(sectionRule(completeArticle({ section: 'anything' }), {})).toEqual([]);
    expect(sectionRule(completeArticle({ section: '' }), {}).map((problem) => problem.code)).toEqual(['section_missing']);
  });
});

import { describe, expect, it } from 'vitest';
import { leadImageRule } from '../../../shared/checklist/rules/lead-image-rule';
import { completeArticle } from './complete-article';

describe('lead image rule', () => {
  it('asks for a lead image', () => {
    expect(leadImageRule(completeArticle({ leadImage: null })).map((p) => p.field)).toEqual(['leadImage']);
  });

  it('asks for caption, credit and alt text, each on its own field', () => {
    const problems = leadImageRule(completeArticle({ leadImage: { mediaId: 'm', src: 's', caption: '', credit: ' ', alt: '' } }));
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['leadImage.caption', 'lead_image_caption_missing'],
      ['leadImage.credit', 'lead_image_credit_missing'],
      ['leadImage.alt', 'lead_image_alt_missing'],
    ]);
  });
});

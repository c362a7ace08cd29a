import { describe, expect, it } from 'vitest';
import { figureRule } from '../../../shared/checklist/rules/figure-rule';
import { completeArticle } from './complete-article';

const figure = (caption: string, credit: string, alt: string) => ({ type: 'figure', attrs: { mediaId: 'm', src: 's', caption, credit, alt } });

describe('figure rule', () => {
  it('finds figures at the top level and inside case sections, numbered in order', () => {
    const article = completeArticle({
      body: {
        type: 'doc',
        content: [figure('ok', 'ok', 'ok'), { type: 'caseSection', attrs: { title: 'A' }, content: [figure('', 'Staff', '')] }, figure('c', '', 'a')],
      },
    });
    expect(figureRule(article)).toEqual([
      { field: 'body.figures.1.caption', code: 'figure_caption_missing', message: 'Figure 2 has no caption: write a caption.', params: { position: 2 } },
      {
        field: 'body.figures.1.alt',
        code: 'figure_alt_missing',
        message: 'Figure 2 has no alt text: describe the image for readers who cannot see it.',
        params: { position: 2 },
      },
      {
        field: 'body.figures.2.credit',
        code: 'figure_credit_missing',
        message: 'Figure 3 has no credit: add the photographer or source.',
        params: { position: 3 },
      },
    ]);
  });
});

import type { DocNode } from '../../../shared/article';
import type { RenderableArticle } from '../../../shared/render/render-options';

export const text = (value: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const caseSection = (title: string, ...content: DocNode[]): DocNode => ({ type: 'caseSection', attrs: { title }, content });
export const figure = (mediaId: string, caption: string, credit: string, src = `media/${mediaId}/1600.webp`): DocNode => ({
  type: 'figure',
  attrs: { mediaId, src, caption, credit, alt: `Alt for ${mediaId}` },
});

/** A complete English article with every part the public page shows. */
export function fullArticle(overrides: Partial<RenderableArticle> = {}): RenderableArticle {
  return {
    id: '01JD3XARTICLE',
    slug: 'harbour-ferry-fares-rise',
    language: 'en',
    section: 'hong-kong',
    headline: 'Harbour ferry fares to rise in January',
    standfirst: 'Operators cite fuel costs',
    byline: 'Staff Reporter',
    dateline: 'Hong Kong',
    leadImage: { mediaId: 'm_123', src: 'media/m_123/1600.webp', caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'Green and white ferry at a pier' },
    body: {
      type: 'doc',
      content: [
        paragraph(text('Fares will rise next month.')),
        caseSection('Star Ferry', paragraph(text('The operator said costs had doubled.'))),
        figure('m_124', 'Passengers queue at the pier.', 'Photo: Jane Doe'),
        caseSection('Sun Ferry', paragraph(text('A second operator followed.'))),
      ],
    },
    tags: ['transport', 'ferries'],
    topics: ['Cost of living'],
    relatedLinks: [{ title: 'Bus fares frozen', url: 'https://example.org/bus' }],
    revision: 3,
    createdAt: '2026-11-28T09:00:00Z',
    updatedAt: '2026-11-28T09:30:00Z',
    publishedAt: '2026-11-28T09:30:00Z',
    ...overrides,
  };
}

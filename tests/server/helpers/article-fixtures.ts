import type { ArticleContent } from '../../../shared/article';

let slugs = 0;

/**
 * An article that passes the publish checklist: lead image with caption, credit and alt; a tag.
 * Each call gets a slug of its own, since approval refuses a URL another article holds.
 */
export function readyContent(headline = 'Harbour ferry fares to rise in January'): ArticleContent {
  slugs += 1;
  return {
    slug: `harbour-ferry-fares-rise-${slugs}`,
    language: 'en',
    section: 'hong-kong',
    headline,
    standfirst: 'Operators cite fuel costs',
    byline: 'Staff Reporter',
    dateline: 'Hong Kong',
    leadImage: { mediaId: 'm_1', src: '/media/m_1/large', caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'Green and white ferry at a pier' },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Fares will rise by 5 per cent.' }] },
        {
          type: 'caseSection',
          attrs: { title: 'Star Ferry' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The operator said fuel costs had doubled.' }] }],
        },
        { type: 'figure', attrs: { mediaId: 'm_2', src: '/media/m_2/large', caption: 'Passengers boarding.', credit: 'Staff photographer', alt: 'Passengers on a gangway' } },
      ],
    },
    tags: ['transport'],
    topics: ['Cost of living'],
    relatedLinks: [{ title: 'Bus fares frozen', url: 'https://example.org/bus' }],
  };
}

/** The same article without what approval needs: no tags and no lead image. */
export function unreadyContent(): ArticleContent {
  return { ...readyContent(), tags: [], leadImage: null };
}

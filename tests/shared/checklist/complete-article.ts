import { emptyArticleContent, type ArticleContent } from '../../../shared/article';

/** An article that passes every checklist rule; each test breaks one thing. */
export function completeArticle(changes: Partial<ArticleContent> = {}): ArticleContent {
  return {
    ...emptyArticleContent('en'),
    headline: 'Harbour ferry fares to rise in January',
    section: 'hong-kong',
    tags: ['transport'],
    leadImage: { mediaId: 'm_1', src: 'media/m_1.jpg', caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'A ferry' },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Fares will rise.' }] },
        {
          type: 'caseSection',
          attrs: { title: 'Star Ferry' },
          content: [{ type: 'figure', attrs: { mediaId: 'm_2', src: 'media/m_2.jpg', caption: 'Pier', credit: 'Staff', alt: 'A pier' } }],
        },
      ],
    },
    relatedLinks: [{ title: 'Bus fares frozen', url: 'https://example.org/bus' }],
    ...changes,
  };
}

import type { ServerArticle } from '../../shared/server-api';

/** The seed-like article of the public-site benchmarks: Chinese text, two case sections, tags, a lead image. */
export function benchArticle(): ServerArticle {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const at = new Date().toISOString();
  return {
    id: 'bench-article', slug: 'bench-article', language: 'zh-Hant', section: 'hong-kong', status: 'published', revision: 1, version: 1,
    headline: '兩名公務員涉洩露機密文件被捕', standfirst: '警方指兩宗案件均涉及政府內部文件', byline: '本報記者', dateline: '香港',
    leadImage: { mediaId: 'm1', src: 'https://example.org/lead.jpg', caption: '警察總部。', credit: '(資料圖片)', alt: '警察總部大樓', width: 1024, height: 683 },
    body: { type: 'doc', content: [
      paragraph('警方周二在兩宗獨立案件中拘捕兩名公務員，案件涉及政府機密文件。'.repeat(3)),
      { type: 'caseSection', attrs: { title: '前機密單位僱員' }, content: [paragraph('一名四十五歲男子涉嫌離職後保留文件。'.repeat(4))] },
      { type: 'caseSection', attrs: { title: '區議會辦事處文員' }, content: [paragraph('一名三十一歲文員涉嫌拍攝內部備忘錄。'.repeat(4))] },
    ] },
    tags: ['公務員', '警方'], topics: ['國家安全'], relatedLinks: [{ title: '公務員改革條例草案首讀', url: 'https://example.org/reform' }],
    createdAt: at, updatedAt: at, publishedAt: at, author: 'reporter', assignee: null, needsPhotos: false, publishAt: null, approvals: [], notes: [],
  };
}

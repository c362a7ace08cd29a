/** Addresses of the public site's pages; every dynamic part is percent-encoded. */
export const sitePaths = {
  home: '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  articleNinjs: (slug: string) => `/articles/${encodeURIComponent(slug)}.ninjs.json`,
  articleById: (id: string) => `/articles/by-id/${encodeURIComponent(id)}`,
  section: (section: string) => `/sections/${encodeURIComponent(section)}`,
  sectionFeed: (section: string) => `/sections/${encodeURIComponent(section)}/feed.xml`,
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}`,
  topic: (topic: string) => `/topics/${encodeURIComponent(topic)}`,
  search: '/search',
  feed: '/feed.xml',
  sitemapIndex: '/sitemap.xml',
  /** Sitemap files are numbered from 1, oldest articles first, so only the last one grows. */
  sitemap: (number: number) => `/sitemaps/${number}.xml`,
  newsSitemap: '/news-sitemap.xml',
  robots: '/robots.txt',
  stylesheet: '/assets/site.css',
};

/** Tags and topics compare case- and width-insensitively: one listing page per label. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}

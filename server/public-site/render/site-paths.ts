/**
 * encodeURIComponent leaves `! ' ( ) *` as they are; the URL sanitizer every href passes refuses
 * them in a relative path (a `'` or `(` in an address is a favourite of injection tricks), so a
 * tag such as "Budget (2026)" lost its link. Encoded here, they survive and decode back.
 */
function segment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Addresses of the public site's pages; every dynamic part is percent-encoded. */
export const sitePaths = {
  home: '/',
  article: (slug: string) => `/articles/${segment(slug)}`,
  articleNinjs: (slug: string) => `/articles/${segment(slug)}.ninjs.json`,
  articleById: (id: string) => `/articles/by-id/${segment(id)}`,
  section: (section: string) => `/sections/${segment(section)}`,
  sectionFeed: (section: string) => `/sections/${segment(section)}/feed.xml`,
  tag: (tag: string) => `/tags/${segment(tag)}`,
  topic: (topic: string) => `/topics/${segment(topic)}`,
  search: '/search',
  feed: '/feed.xml',
  sitemapIndex: '/sitemap.xml',
  /** Sitemap files: `1` (the site's own pages) and one or more per publish day (feeds/sitemap-partitions.ts). */
  sitemap: (file: string) => `/sitemaps/${file}.xml`,
  newsSitemap: '/news-sitemap.xml',
  robots: '/robots.txt',
  stylesheet: '/assets/site.css',
  favicon: '/favicon.ico',
  faviconSvg: '/favicon.svg',
  manifest: '/manifest.webmanifest',
  icon: (size: number) => `/icons/icon-${size}.png`,
};

/** Tags and topics compare case- and width-insensitively: one listing page per label. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}

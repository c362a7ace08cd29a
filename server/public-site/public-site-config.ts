import type { Language } from '../../shared/article';

/** How the public site presents itself; fixed when pages are rendered, so it is config, not state. */
export interface PublicSiteConfig {
  /** Absolute origin with a trailing slash, for canonical links, feeds and sitemaps. */
  siteUrl: string;
  /** Language of pages that belong to no article (home, listings, search). */
  defaultLanguage: Language;
  commentsEnabled: boolean;
  pageSize: number;
  /** Article addresses per sitemap file of a publish day (sitemaps.org allows 50,000): a publish rewrites at most one such file. */
  sitemapSize: number;
}

function pageSizeFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 20;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 100) throw new Error(`COPYDESK_SITE_PAGE_SIZE must be a whole number of articles from 1 to 100, not "${value}".`);
  return size;
}

/** From the environment: COPYDESK_SITE_URL (e.g. https://news.example.hk/), COPYDESK_SITE_COMMENTS=1, COPYDESK_SITE_PAGE_SIZE (articles per listing page). */
export function publicSiteConfigFromEnv(env: Record<string, string | undefined> = process.env): PublicSiteConfig {
  return {
    siteUrl: normalizeSiteUrl(env.COPYDESK_SITE_URL ?? 'http://localhost:8080/'),
    defaultLanguage: 'zh-Hant',
    commentsEnabled: env.COPYDESK_SITE_COMMENTS === '1',
    pageSize: pageSizeFromEnv(env.COPYDESK_SITE_PAGE_SIZE),
    sitemapSize: 1000,
  };
}

function normalizeSiteUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('COPYDESK_SITE_URL must be an http(s) address, e.g. https://news.example.hk/');
  return url.origin + (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
}

import { sitePaths } from '../render/site-paths';
import { siteLabels } from '../render/site-labels';
import type { Language } from '../../../shared/article';
import { xmlText } from './xml-text';

export interface SitemapEntry {
  slug: string;
  modifiedAt: string;
}

export interface NewsSitemapEntry {
  slug: string;
  language: string;
  headline: string;
  publishedAt: string;
}

/** sitemaps.org: the home page and every live article with its last change. */
export function renderSitemap(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${xmlText(new URL(sitePaths.article(entry.slug), siteUrl).href)}</loc><lastmod>${xmlText(entry.modifiedAt)}</lastmod></url>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    `<url><loc>${xmlText(siteUrl)}</loc></url>` +
    urls.join('') +
    '</urlset>'
  );
}

// Google News wants ISO 639 codes; Traditional and Simplified Chinese have their own.
const newsLanguages: Record<string, string> = { en: 'en', 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn' };

function publicationName(language: string): string {
  const known: Language = language === 'en' || language === 'zh-Hans' ? language : 'zh-Hant';
  return siteLabels(known).siteName;
}

/** A Google News sitemap: articles published in the last two days. */
export function renderNewsSitemap(siteUrl: string, entries: NewsSitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      '<url>' +
      `<loc>${xmlText(new URL(sitePaths.article(entry.slug), siteUrl).href)}</loc>` +
      '<news:news><news:publication>' +
      `<news:name>${xmlText(publicationName(entry.language))}</news:name>` +
      `<news:language>${xmlText(newsLanguages[entry.language] ?? 'zh-tw')}</news:language>` +
      '</news:publication>' +
      `<news:publication_date>${xmlText(entry.publishedAt)}</news:publication_date>` +
      `<news:title>${xmlText(entry.headline)}</news:title>` +
      '</news:news></url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    urls.join('') +
    '</urlset>'
  );
}

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

export interface SitemapFile {
  /** The file's name without `.xml` (sitemap-partitions.ts). */
  name: string;
  /** The latest change of an article in it; none for the site's own file. */
  modifiedAt: string | null;
}

/** sitemaps.org: one sitemap file of live articles with their last change (the site's own file: the home page). */
export function renderSitemap(siteUrl: string, entries: SitemapEntry[], withHome: boolean): string {
  const urls = entries.map((entry) => `<url><loc>${xmlText(new URL(sitePaths.article(entry.slug), siteUrl).href)}</loc><lastmod>${xmlText(entry.modifiedAt)}</lastmod></url>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    (withHome ? `<url><loc>${xmlText(siteUrl)}</loc></url>` : '') +
    urls.join('') +
    '</urlset>'
  );
}

/** sitemaps.org: the index of the sitemap files, so a site past 50,000 articles is still listed whole. */
export function renderSitemapIndex(siteUrl: string, files: SitemapFile[]): string {
  const entries = files.map(
    (file) => `<sitemap><loc>${xmlText(new URL(sitePaths.sitemap(file.name), siteUrl).href)}</loc>${file.modifiedAt ? `<lastmod>${xmlText(file.modifiedAt)}</lastmod>` : ''}</sitemap>`,
  );
  return '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + entries.join('') + '</sitemapindex>';
}

/** Crawlers may read the site but not the API or endless search pages; the sitemaps say where the articles are. */
export function renderRobots(siteUrl: string): string {
  return ['User-agent: *', 'Disallow: /api/', `Disallow: ${sitePaths.search}`, 'Allow: /', '', `Sitemap: ${new URL(sitePaths.sitemapIndex, siteUrl).href}`, `Sitemap: ${new URL(sitePaths.newsSitemap, siteUrl).href}`, ''].join('\n');
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

import { articleImages } from './article-images';
import type { RenderableArticle, RenderOptions } from './render-options';
import { absoluteUrl, resolveImageSrc } from './resolve-image-src';

export type JsonLd = Record<string, unknown>;

/** schema.org NewsArticle for search engines and aggregators. */
export function articleJsonLd(article: RenderableArticle, options: RenderOptions = {}): JsonLd {
  const images = articleImages(article).flatMap((image) => {
    const src = resolveImageSrc(image.src, options.mediaBase ?? '');
    const url = src === null ? null : absoluteUrl(src, options.siteUrl);
    if (url === null) return [];
    return [
      {
        '@type': 'ImageObject',
        url,
        ...(image.caption !== '' ? { caption: image.caption } : {}),
        ...(image.credit !== '' ? { creditText: image.credit } : {}),
        ...(image.width !== undefined ? { width: image.width } : {}),
        ...(image.height !== undefined ? { height: image.height } : {}),
      },
    ];
  });
  const canonical = options.canonicalUrl === undefined ? null : absoluteUrl(options.canonicalUrl, options.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    inLanguage: article.language,
    ...(article.standfirst !== '' ? { description: article.standfirst } : {}),
    ...(article.section !== '' ? { articleSection: options.section?.name ?? article.section } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(article.topics.length > 0 ? { about: article.topics.map((name) => ({ '@type': 'Thing', name })) } : {}),
    ...(article.dateline !== '' ? { dateline: article.dateline } : {}),
    ...(article.byline !== '' ? { author: [{ '@type': 'Person', name: article.byline }] } : {}),
    ...(article.publishedAt !== undefined ? { datePublished: article.publishedAt } : {}),
    ...(article.updatedAt !== undefined ? { dateModified: article.updatedAt } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(canonical !== null ? { url: canonical, mainEntityOfPage: { '@type': 'WebPage', '@id': canonical } } : {}),
    ...(options.siteName !== undefined ? { publisher: { '@type': 'NewsMediaOrganization', name: options.siteName } } : {}),
  };
}

/**
 * JSON-LD inside a `<script>` element: `<`, `>`, `&` and the JS line separators are escaped so
 * a headline such as `</script><script>…` can never end the element.
 */
export function jsonLdScriptContent(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

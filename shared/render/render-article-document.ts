import { articlePageStyle } from './article-page-style';
import { escapeHtml } from './escape-html';
import { articleJsonLd, jsonLdScriptContent } from './json-ld';
import { renderArticleFragment } from './render-article-fragment';
import type { RenderableArticle, RenderOptions } from './render-options';
import { absoluteUrl } from './resolve-image-src';

/**
 * A complete HTML page holding only the article: the preview shows it in a sandboxed iframe.
 * The public site wraps `renderArticleFragment` in its own chrome instead, with the same style.
 */
export function renderArticleDocument(article: RenderableArticle, options: RenderOptions = {}): string {
  const title = options.siteName === undefined ? article.headline : `${article.headline} | ${options.siteName}`;
  const canonical = options.canonicalUrl === undefined ? null : absoluteUrl(options.canonicalUrl, options.siteUrl);
  return (
    '<!doctype html>' +
    `<html lang="${escapeHtml(article.language)}">` +
    '<head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title>` +
    (article.standfirst !== '' ? `<meta name="description" content="${escapeHtml(article.standfirst)}">` : '') +
    (canonical !== null ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '') +
    `<style>${articlePageStyle}</style>` +
    `<script type="application/ld+json">${jsonLdScriptContent(articleJsonLd(article, options))}</script>` +
    '</head>' +
    `<body class="cd-page"><main>${renderArticleFragment(article, options)}</main></body>` +
    '</html>'
  );
}

import { escapeHtml } from '../../../shared/render/escape-html';
import { formatHongKongTime } from '../../../shared/render/format-hong-kong-time';
import { articleJsonLd, jsonLdScriptContent } from '../../../shared/render/json-ld';
import { renderArticleFragment } from '../../../shared/render/render-article-fragment';
import type { RenderOptions } from '../../../shared/render/render-options';
import type { ServerArticle } from '../../../shared/server-api';
import { addSrcsets } from './responsive-images';
import type { PreparedImages } from './responsive-images';
import { renderSitePage } from './site-chrome';
import { siteLabels } from './site-labels';

export interface Correction {
  at: string;
  note: string;
}

export interface ArticlePageInput {
  images: PreparedImages;
  corrections: Correction[];
  options: RenderOptions & { siteUrl: string; canonicalUrl: string; siteName: string };
}

const ogLocales: Record<ServerArticle['language'], string> = { en: 'en_GB', 'zh-Hant': 'zh_HK', 'zh-Hans': 'zh_CN' };

function meta(property: string, content: string): string {
  return `<meta property="${property}" content="${escapeHtml(content)}">`;
}

function openGraph(article: ServerArticle, input: ArticlePageInput): string {
  const { options, images } = input;
  const canonical = new URL(options.canonicalUrl, options.siteUrl).href;
  const lead = images.lead;
  const parts = [
    meta('og:type', 'article'),
    meta('og:site_name', options.siteName),
    meta('og:title', article.headline),
    meta('og:url', canonical),
    meta('og:locale', ogLocales[article.language]),
    ...(article.standfirst !== '' ? [meta('og:description', article.standfirst)] : []),
    ...(lead
      ? [
          meta('og:image', new URL(`/${lead.src}`, options.siteUrl).href),
          meta('og:image:width', String(lead.width)),
          meta('og:image:height', String(lead.height)),
          ...(article.leadImage?.alt ? [meta('og:image:alt', article.leadImage.alt)] : []),
        ]
      : []),
    ...(article.publishedAt ? [meta('article:published_time', article.publishedAt)] : []),
    meta('article:modified_time', article.updatedAt),
    ...(article.section !== '' ? [meta('article:section', options.section?.name ?? article.section)] : []),
    ...article.tags.map((tag) => meta('article:tag', tag)),
    `<meta name="twitter:card" content="${lead ? 'summary_large_image' : 'summary'}">`,
  ];
  return parts.join('');
}

function correctionNote(article: ServerArticle, corrections: Correction[]): string {
  if (corrections.length === 0) return '';
  const labels = siteLabels(article.language);
  const colon = article.language === 'en' ? ': ' : '：';
  const items = corrections
    .map((correction) => {
      const when = formatHongKongTime(correction.at) ?? correction.at;
      return `<p><time datetime="${escapeHtml(correction.at)}">${escapeHtml(when)}</time>${colon}${escapeHtml(correction.note)}</p>`;
    })
    .join('');
  return `<aside class="correction-note" aria-labelledby="correction-title"><h2 id="correction-title">${escapeHtml(labels.correction)}</h2>${items}</aside>`;
}

/**
 * The stored public page of an article: exactly the fragment the editor's preview shows
 * (shared renderer), wrapped in the site chrome of the article's language, with JSON-LD,
 * Open Graph, responsive images and, after a correction, a dated correction note.
 */
export function renderArticlePage(input: ArticlePageInput): string {
  const article = input.images.article;
  const { options } = input;
  const canonical = new URL(options.canonicalUrl, options.siteUrl).href;
  const fragment = addSrcsets(renderArticleFragment(article, options), input.images.srcsets);
  const head =
    `<link rel="canonical" href="${escapeHtml(canonical)}">` +
    (article.standfirst !== '' ? `<meta name="description" content="${escapeHtml(article.standfirst)}">` : '') +
    openGraph(article, input) +
    `<script type="application/ld+json">${jsonLdScriptContent(articleJsonLd(article, options))}</script>`;
  return renderSitePage({
    language: article.language,
    title: `${article.headline} | ${options.siteName}`,
    head,
    main: fragment + correctionNote(article, input.corrections),
  });
}

/** What stays at the address after unpublishing: a short notice, served with 410 Gone. */
export function renderGonePage(language: ServerArticle['language']): string {
  const labels = siteLabels(language);
  return renderSitePage({
    language,
    title: `${labels.goneTitle} | ${labels.siteName}`,
    head: '<meta name="robots" content="noindex">',
    main: `<div class="notice"><h1>${escapeHtml(labels.goneTitle)}</h1><p>${escapeHtml(labels.goneText)}</p></div>`,
  });
}

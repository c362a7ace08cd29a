import type { RelatedLink } from '../article';
import { sanitizeUrl } from '../url/sanitize-url';
import { escapeHtml } from './escape-html';
import { formatHongKongTime } from './format-hong-kong-time';
import { renderArticleBody } from './render-article-body';
import { renderFigure } from './render-figure';
import { renderLabels, type RenderLabels } from './render-labels';
import type { RenderableArticle, RenderOptions } from './render-options';

function link(text: string, href: string | null, className: string): string {
  const inner = escapeHtml(text);
  if (href === null) return `<span class="${className}">${inner}</span>`;
  return `<a class="${className}" href="${escapeHtml(href)}">${inner}</a>`;
}

function siteHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  return sanitizeUrl(url, { allowRelative: true });
}

function renderTags(article: RenderableArticle, labels: RenderLabels, options: RenderOptions): string {
  if (article.tags.length === 0) return '';
  const items = article.tags.map((tag) => `<li>${link(tag, siteHref(options.tagUrl?.(tag)), 'tag')}</li>`).join('');
  return `<nav class="article-tags" aria-label="${escapeHtml(labels.tags)}"><span class="tags-label">${escapeHtml(labels.tags)}</span><ul>${items}</ul></nav>`;
}

function renderSection(options: RenderOptions): string {
  if (!options.section || options.section.name.trim() === '') return '';
  return `<p class="article-section">${link(options.section.name, siteHref(options.section.url), 'section-link')}</p>`;
}

function renderMeta(article: RenderableArticle, labels: RenderLabels): string {
  const parts: string[] = [];
  if (article.byline.trim() !== '') parts.push(`<span class="byline">${escapeHtml(article.byline)}</span>`);
  if (article.dateline.trim() !== '') parts.push(`<span class="dateline">${escapeHtml(article.dateline)}</span>`);
  const published = article.publishedAt === undefined ? null : formatHongKongTime(article.publishedAt);
  if (article.publishedAt !== undefined && published !== null) {
    parts.push(
      `<span class="published">${escapeHtml(labels.published)} <time datetime="${escapeHtml(article.publishedAt)}">${published}</time></span>`,
    );
  }
  return parts.length === 0 ? '' : `<p class="article-meta">${parts.join('')}</p>`;
}

function relatedHref(related: RelatedLink, options: RenderOptions): string | null {
  if (related.url !== undefined && related.url !== '') return sanitizeUrl(related.url);
  if (related.articleId !== undefined) return siteHref(options.articleUrl?.(related.articleId));
  return null;
}

function renderRelatedNews(article: RenderableArticle, labels: RenderLabels, options: RenderOptions): string {
  const items = article.relatedLinks
    .filter((related) => related.title.trim() !== '')
    .map((related) => `<li>${link(related.title, relatedHref(related, options), 'related-link')}</li>`);
  if (items.length === 0) return '';
  return `<section class="related-news" aria-labelledby="related-news-title"><h2 id="related-news-title">${escapeHtml(labels.relatedNews)}</h2><ul>${items.join('')}</ul></section>`;
}

function renderRelatedTopics(article: RenderableArticle, labels: RenderLabels, options: RenderOptions): string {
  if (article.topics.length === 0) return '';
  const items = article.topics.map((topic) => `<li>${link(topic, siteHref(options.topicUrl?.(topic)), 'topic')}</li>`).join('');
  return `<section class="related-topics" aria-labelledby="related-topics-title"><h2 id="related-topics-title">${escapeHtml(labels.relatedTopics)}</h2><ul>${items}</ul></section>`;
}

function renderComments(labels: RenderLabels, options: RenderOptions): string {
  if (options.commentsEnabled !== true) return '';
  return `<section class="comments" aria-labelledby="comments-title"><h2 id="comments-title">${escapeHtml(labels.comments)}</h2><p>${escapeHtml(labels.commentsPlaceholder)}</p></section>`;
}

/**
 * The article as public HTML, without site chrome, in the outlet's page order: tags, headline,
 * standfirst and byline, lead figure, body (intro, numbered case sections, figures), Related
 * News, Related Topics. The preview and the public site both use exactly this fragment.
 */
export function renderArticleFragment(article: RenderableArticle, options: RenderOptions = {}): string {
  const labels = renderLabels(article.language);
  const mediaBase = options.mediaBase ?? '';
  const standfirst = article.standfirst.trim() === '' ? '' : `<p class="standfirst">${escapeHtml(article.standfirst)}</p>`;
  const lead = article.leadImage === null ? '' : renderFigure(article.leadImage, { className: 'lead-figure', mediaBase, eager: true });
  return (
    `<article class="cd-article" lang="${escapeHtml(article.language)}">` +
    '<header class="article-header">' +
    renderSection(options) +
    renderTags(article, labels, options) +
    `<h1 class="headline">${escapeHtml(article.headline)}</h1>` +
    standfirst +
    renderMeta(article, labels) +
    '</header>' +
    lead +
    `<div class="article-body">${renderArticleBody(article.body, article.language, mediaBase)}</div>` +
    renderRelatedNews(article, labels, options) +
    renderRelatedTopics(article, labels, options) +
    renderComments(labels, options) +
    '</article>'
  );
}

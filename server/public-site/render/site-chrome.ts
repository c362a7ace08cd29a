import type { Language } from '../../../shared/article';
import { escapeHtml } from '../../../shared/render/escape-html';
import { siteLabels } from './site-labels';
import { sitePaths } from './site-paths';

export type SearchScope = 'content' | 'title' | 'keyword';
export type SearchSort = 'newest' | 'oldest' | 'relevance';

export interface SitePageParts {
  language: Language;
  title: string;
  /** Extra `<head>` markup (already escaped): canonical, Open Graph, JSON-LD. */
  head?: string;
  /** The page content (already escaped). */
  main: string;
  /** The search form's current values on a search page. */
  search?: { query: string; scope: SearchScope; sort: SearchSort };
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${value}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function searchForm(language: Language, current: SitePageParts['search']): string {
  const labels = siteLabels(language);
  const scope = current?.scope ?? 'content';
  const sort = current?.sort ?? 'newest';
  return (
    `<form class="site-search" role="search" action="${sitePaths.search}" method="get" aria-label="${escapeHtml(labels.search)}">` +
    `<label class="visually-hidden" for="site-search-q">${escapeHtml(labels.searchQuery)}</label>` +
    `<input id="site-search-q" type="search" name="q" maxlength="200" value="${escapeHtml(current?.query ?? '')}" placeholder="${escapeHtml(labels.searchQuery)}">` +
    `<label for="site-search-scope">${escapeHtml(labels.scope)}</label>` +
    `<select id="site-search-scope" name="scope">` +
    option('content', labels.scopes.content, scope === 'content') +
    option('title', labels.scopes.title, scope === 'title') +
    option('keyword', labels.scopes.keyword, scope === 'keyword') +
    '</select>' +
    `<label for="site-search-sort">${escapeHtml(labels.sort)}</label>` +
    `<select id="site-search-sort" name="sort">` +
    option('newest', labels.sorts.newest, sort === 'newest') +
    option('oldest', labels.sorts.oldest, sort === 'oldest') +
    option('relevance', labels.sorts.relevance, sort === 'relevance') +
    '</select>' +
    // Results come back in the language of the page the reader searched from.
    `<input type="hidden" name="lang" value="${escapeHtml(language)}">` +
    `<button type="submit">${escapeHtml(labels.search)}</button>` +
    '</form>'
  );
}

/**
 * A complete public page: masthead with the bilingual slogan, navigation with the search
 * (scope and sort), the content, a footer. No script and no inline style anywhere, so the
 * Content-Security-Policy can forbid both.
 */
export function renderSitePage(parts: SitePageParts): string {
  const labels = siteLabels(parts.language);
  const otherLanguage = parts.language === 'en' ? 'zh-Hant' : 'en';
  return (
    '<!doctype html>' +
    `<html lang="${escapeHtml(parts.language)}">` +
    '<head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(parts.title)}</title>` +
    `<link rel="stylesheet" href="${sitePaths.stylesheet}">` +
    `<link rel="icon" href="${sitePaths.favicon}" sizes="32x32">` +
    `<link rel="icon" href="${sitePaths.faviconSvg}" type="image/svg+xml">` +
    `<link rel="manifest" href="${sitePaths.manifest}">` +
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(labels.siteName)}" href="${sitePaths.feed}">` +
    (parts.head ?? '') +
    '</head>' +
    '<body class="cd-page">' +
    `<a class="skip-link" href="#content">${escapeHtml(parts.title)}</a>` +
    '<header class="site-masthead"><div class="masthead-inner">' +
    `<a class="site-name" href="${sitePaths.home}">${escapeHtml(labels.siteName)}</a>` +
    `<p class="slogan"><span>${escapeHtml(labels.slogan)}</span><span lang="${otherLanguage}">${escapeHtml(labels.otherSlogan)}</span></p>` +
    '</div></header>' +
    `<nav class="site-nav" aria-label="${escapeHtml(labels.siteName)}"><div class="nav-inner">` +
    `<a href="${sitePaths.home}">${escapeHtml(labels.home)}</a>` +
    searchForm(parts.language, parts.search) +
    '</div></nav>' +
    `<main id="content" class="site-main">${parts.main}</main>` +
    '<footer class="site-footer"><div class="footer-inner">' +
    `<span>© ${escapeHtml(labels.siteName)}</span>` +
    `<a href="${sitePaths.feed}">${escapeHtml(labels.feeds)}</a>` +
    '</div></footer>' +
    '</body></html>'
  );
}

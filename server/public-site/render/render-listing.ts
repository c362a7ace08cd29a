import type { Language } from '../../../shared/article';
import { escapeHtml } from '../../../shared/render/escape-html';
import { formatHongKongTime } from '../../../shared/render/format-hong-kong-time';
import type { PublicListItem } from '../search/search-hit';
import { highlightedSnippet, highlightText } from './highlight-text';
import { siteLabels } from './site-labels';
import { sitePaths } from './site-paths';

function listItem(item: PublicListItem, query: string | null): string {
  const image =
    item.imageSrc === ''
      ? ''
      : `<img src="${escapeHtml(item.imageSrc.replace(/\/medium$/u, '/thumb'))}" alt="" width="${item.imageWidth}" height="${item.imageHeight}" loading="lazy" decoding="async">`;
  const headline = query === null ? escapeHtml(item.headline) : highlightText(item.headline, query);
  const text = query === null ? escapeHtml(item.standfirst) : highlightedSnippet([item.standfirst, item.bodyText].filter((part) => part !== '').join(' '), query);
  const keywords = query === null ? '' : [...item.tags, ...item.topics].map((label) => highlightText(label, query)).join(' · ');
  const when = formatHongKongTime(item.publishedAt) ?? '';
  return (
    `<li lang="${escapeHtml(item.language)}">${image}<div>` +
    `<h2><a href="${escapeHtml(sitePaths.article(item.slug))}">${headline}</a></h2>` +
    `<time datetime="${escapeHtml(item.publishedAt)}">${escapeHtml(when)}</time>` +
    (text !== '' ? `<p class="snippet">${text}</p>` : '') +
    (keywords !== '' ? `<p class="snippet keywords">${keywords}</p>` : '') +
    '</div></li>'
  );
}

/** A page's place among its listing's pages: the label between the links, and the links (absent at an end). */
export interface PageLinks {
  label: string;
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
}

export interface ListingView {
  language: Language;
  heading: string;
  items: PublicListItem[];
  /** Links to the pages before and after this one (none: a listing of one page). */
  pagination?: PageLinks;
  /** Highlights matches in results when set. */
  query?: string;
  /** Shown above the list (already escaped), e.g. the result count. */
  intro?: string;
}

/** The `<main>` content of a listing or of search results: heading, articles, links to the pages around. */
export function renderListing(view: ListingView): string {
  const labels = siteLabels(view.language);
  const list =
    view.items.length === 0
      ? `<p class="notice">${escapeHtml(view.query === undefined ? labels.nothingYet : labels.noResults)}</p>`
      : `<ul class="article-list">${view.items.map((item) => listItem(item, view.query ?? null)).join('')}</ul>`;
  const links = view.pagination;
  const previous = links?.previous ? `<a rel="prev" href="${escapeHtml(links.previous.href)}">${escapeHtml(links.previous.label)}</a>` : '<span></span>';
  const next = links?.next ? `<a rel="next" href="${escapeHtml(links.next.href)}">${escapeHtml(links.next.label)}</a>` : '<span></span>';
  const pagination = links ? `<nav class="pagination" aria-label="${escapeHtml(labels.pagination)}">${previous}<span>${escapeHtml(links.label)}</span>${next}</nav>` : '';
  return `<h1 class="listing-title">${escapeHtml(view.heading)}</h1>${view.intro ?? ''}${list}${pagination}`;
}

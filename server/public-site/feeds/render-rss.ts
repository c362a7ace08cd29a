import type { PublicListItem } from '../search/search-hit';
import { sitePaths } from '../render/site-paths';
import { xmlText } from './xml-text';

export interface RssChannel {
  title: string;
  description: string;
  /** Absolute address of the page the feed follows, and of the feed itself. */
  link: string;
  self: string;
  language: string;
  siteUrl: string;
}

/** RSS 2.0: newest first, each item with its permalink as guid and its categories. */
export function renderRss(channel: RssChannel, items: PublicListItem[]): string {
  const entries = items.map((item) => {
    const link = new URL(sitePaths.article(item.slug), channel.siteUrl).href;
    const categories = [item.section, ...item.tags].filter((name) => name !== '').map((name) => `<category>${xmlText(name)}</category>`).join('');
    return (
      '<item>' +
      `<title>${xmlText(item.headline)}</title>` +
      `<link>${xmlText(link)}</link>` +
      `<guid isPermaLink="true">${xmlText(link)}</guid>` +
      `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` +
      (item.standfirst !== '' ? `<description>${xmlText(item.standfirst)}</description>` : '') +
      categories +
      '</item>'
    );
  });
  const latest = items[0]?.modifiedAt;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${xmlText(channel.title)}</title>` +
    `<link>${xmlText(channel.link)}</link>` +
    `<description>${xmlText(channel.description)}</description>` +
    `<language>${xmlText(channel.language)}</language>` +
    `<atom:link href="${xmlText(channel.self)}" rel="self" type="application/rss+xml"/>` +
    (latest ? `<lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>` : '') +
    entries.join('') +
    '</channel></rss>'
  );
}

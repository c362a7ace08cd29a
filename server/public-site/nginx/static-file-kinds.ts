/**
 * The kinds of file in the static root, each with the location nginx matches it by, the file it
 * reads, the Content-Type and the Cache-Control the Node server sends for the same address
 * (server/public-site/http/*: pages and feeds 60 s, robots and stylesheet an hour, icons a day,
 * public images an hour). The end-to-end test compares every one with the Node server's answer.
 */
export interface StaticFileKind {
  name: string;
  /** An nginx location matcher, e.g. `= /feed.xml` or `~ ^/sitemaps/[0-9][0-9-]*\\.xml$`. */
  location: string;
  /** The kind whose location this one is nested in (matched only inside it). */
  within?: string;
  /** try_files candidates, before the fallback to the Node server. */
  files: string[];
  /** Exact Content-Type; absent: from the file's extension (images). */
  contentType?: string;
  maxAgeSeconds: number;
  /** An unpublished article's address: its marker under `_gone/` makes nginx answer 410. */
  gone?: 'html' | 'json';
  /** Extra headers, overriding the public security headers of the same name. */
  headers?: Record<string, string>;
}

const html = 'text/html; charset=utf-8';
const xml = 'application/xml; charset=utf-8';
const rss = 'application/rss+xml; charset=utf-8';
const json = 'application/json; charset=utf-8';
const minute = 60;
const hour = 3600;
const day = 24 * hour;

/** The variable the config's `map` sets from `?page=n`: `index.html`, `page-n.html`, or a name no file has. */
export const listingFileVariable = '$copydesk_listing_file';

export const staticFileKinds: StaticFileKind[] = [
  { name: 'home', location: '= /', files: [`/${listingFileVariable}`], contentType: html, maxAgeSeconds: minute },
  { name: 'listing', location: '~ ^/(sections|tags|topics)/[^/]+$', files: [`$uri/${listingFileVariable}`], contentType: html, maxAgeSeconds: minute },
  // A prefix with ^~, so nginx tries no regular expression for the site's most-read address
  // (three of them before: a twelfth of nginx's CPU per article answer); the ninjs file is nested.
  { name: 'article', location: '^~ /articles/', files: ['$uri.html'], contentType: html, maxAgeSeconds: minute, gone: 'html' },
  { name: 'ninjs', location: '~ ^/articles/[^/]+\\.ninjs\\.json$', within: 'article', files: ['$uri'], contentType: json, maxAgeSeconds: minute, gone: 'json' },
  { name: 'site feed', location: '= /feed.xml', files: ['$uri'], contentType: rss, maxAgeSeconds: minute },
  { name: 'section feed', location: '~ ^/sections/[^/]+/feed\\.xml$', files: ['$uri'], contentType: rss, maxAgeSeconds: minute },
  { name: 'sitemap index', location: '= /sitemap.xml', files: ['$uri'], contentType: xml, maxAgeSeconds: minute },
  { name: 'sitemap', location: '~ ^/sitemaps/[0-9][0-9-]*\\.xml$', files: ['$uri'], contentType: xml, maxAgeSeconds: minute },
  { name: 'news sitemap', location: '= /news-sitemap.xml', files: ['$uri'], contentType: xml, maxAgeSeconds: minute },
  { name: 'robots', location: '= /robots.txt', files: ['$uri'], contentType: 'text/plain; charset=utf-8', maxAgeSeconds: hour },
  { name: 'stylesheet', location: '= /assets/site.css', files: ['$uri'], contentType: 'text/css; charset=utf-8', maxAgeSeconds: hour },
  { name: 'favicon', location: '= /favicon.ico', files: ['$uri'], contentType: 'image/x-icon', maxAgeSeconds: day },
  { name: 'favicon svg', location: '= /favicon.svg', files: ['$uri'], contentType: 'image/svg+xml', maxAgeSeconds: day },
  { name: 'manifest', location: '= /manifest.webmanifest', files: ['$uri'], contentType: 'application/manifest+json; charset=utf-8', maxAgeSeconds: day },
  { name: 'app icon', location: '~ ^/icons/icon-[0-9]+\\.png$', files: ['$uri'], contentType: 'image/png', maxAgeSeconds: day },
  {
    name: 'image',
    location: '~ ^/media/[^/]+/(large|medium|thumb)$',
    // The exporter stores a rendition under the extension of its type (static-file-path.ts).
    files: ['$uri.jpg', '$uri.webp', '$uri.avif', '$uri.png'],
    maxAgeSeconds: hour,
    // As the media route: other sites may embed a published image; staff answers differ.
    headers: { 'cross-origin-resource-policy': 'cross-origin', vary: 'Authorization' },
  },
];

/** Extensions of image files, for the image location's `types` block. */
export const imageTypes: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', png: 'image/png' };

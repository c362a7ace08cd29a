import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Language } from '../../../shared/article';
import { languageSchema } from '../../../shared/article';
import { escapeHtml } from '../../../shared/render/escape-html';
import { sectionName } from '../../../shared/sections/section-name';
import type { Section } from '../../../shared/sections/section-schema';
import { presentSection } from '../../sections/present-section';
import { renderListing } from '../render/render-listing';
import type { PageLinks } from '../render/render-listing';
import { renderSitePage } from '../render/site-chrome';
import { siteLabels } from '../render/site-labels';
import { sitePaths } from '../render/site-paths';
import type { ListingFilter } from '../search/list-public-pages';
import { listingSlice } from '../search/list-public-pages';
import { listingTotal } from '../db/listing-counts';
import type { ListingPage } from '../search/listing-pages';
import { archivePageCount, pageSlice } from '../search/listing-pages';
import type { PublicListItem } from '../search/search-hit';
import { formatHongKongTime } from '../../../shared/render/format-hong-kong-time';
import { parseSearchRequest } from '../search/search-request';
import { countCap, searchArticles } from '../search/search-articles';
import { sendNotFound } from './article-page-routes';
import { listingPageParam, listingPageUrl } from './page-number';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached, setSecurityHeaders } from './send-cached';

const nameParams = z.object({ name: z.string().trim().min(1).max(200) });
const html = 'text/html; charset=utf-8';

function latestChange(items: { modifiedAt: string }[]): string | undefined {
  return items.reduce<string | undefined>((latest, item) => (latest === undefined || item.modifiedAt > latest ? item.modifiedAt : latest), undefined);
}

function hongKongDay(iso: string | undefined): string {
  return iso === undefined ? '' : (formatHongKongTime(iso) ?? '').slice(0, 10);
}

/**
 * The links of a listing page: the front links to the newest archive page; an archive page to
 * the next newer one (the front, from the newest) and the next older one, and is labelled by
 * the days it spans, which never change (a page number counted from the oldest would read oddly).
 */
function listingLinks(language: Language, path: string, page: ListingPage, archive: number, items: PublicListItem[]): PageLinks | undefined {
  if (archive === 0) return undefined;
  const labels = siteLabels(language);
  if (page === 'front') return { label: labels.latest, next: { href: listingPageUrl(path, archive), label: labels.older } };
  return {
    label: labels.dateSpan(hongKongDay(items.at(-1)?.publishedAt), hongKongDay(items[0]?.publishedAt)),
    previous: { href: listingPageUrl(path, page === archive ? 'front' : page + 1), label: labels.newer },
    ...(page > 1 ? { next: { href: listingPageUrl(path, page - 1), label: labels.older } } : {}),
  };
}

async function sendListing(
  context: PublicContext,
  request: FastifyRequest,
  reply: FastifyReply,
  listing: { filter: ListingFilter; path: string; heading: (language: Language) => string; notFoundWhenEmpty: boolean },
): Promise<FastifyReply> {
  const size = context.config.pageSize;
  const page = listingPageParam(request.query);
  const total = await listingTotal(context.db, listing.filter);
  if (total === 0 && listing.notFoundWhenEmpty) return sendNotFound(context, request, reply);
  const slice = pageSlice(total, size, page);
  // An archive page the listing does not have (yet, or any more: an older article left): its articles are on the front.
  if (slice === null) return setSecurityHeaders(reply).header('cache-control', 'no-cache').redirect(listing.path, 302);
  const items = await listingSlice(context.db, listing.filter, slice, total);
  // A section or tag written in one language gets that language's chrome; the home page the site's.
  const language = listing.filter.kind === 'home' ? context.config.defaultLanguage : languageSchema.catch(context.config.defaultLanguage).parse(items[0]?.language);
  const heading = listing.heading(language);
  const pagination = listingLinks(language, listing.path, page, archivePageCount(total, size), items);
  const main = renderListing({ language, heading, items, ...(pagination ? { pagination } : {}) });
  const title = `${heading} | ${siteLabels(language).siteName}`;
  const body = renderSitePage({ language, title, main });
  const lastModified = latestChange(items);
  return sendCached(request, reply, { body, contentType: html, ...(lastModified ? { lastModified } : {}) });
}

async function findStoredSection(context: PublicContext, slug: string): Promise<Section | undefined> {
  const row = await context.db.selectFrom('sections').select(['slug', 'name_en', 'name_zh_hant', 'position']).where('slug', '=', slug).executeTakeFirst();
  return row ? presentSection(row) : undefined;
}

function named(request: FastifyRequest): string | null {
  const parsed = nameParams.safeParse(request.params);
  return parsed.success ? parsed.data.name : null;
}

/** Home, section, tag and topic listings (newest first, archive pages counted from the oldest) and the search page. */
export function listingRoutes(app: FastifyInstance, context: PublicContext): void {
  app.get('/', publicRoute, (request, reply) => sendListing(context, request, reply, { filter: { kind: 'home' }, path: sitePaths.home, heading: (language) => siteLabels(language).latest, notFoundWhenEmpty: false }));

  for (const kind of ['section', 'tag', 'topic'] as const) {
    const route = kind === 'section' ? '/sections/:name' : kind === 'tag' ? '/tags/:name' : '/topics/:name';
    app.get(route, publicRoute, async (request, reply) => {
      const name = named(request);
      if (name === null) return sendNotFound(context, request, reply);
      const filter: ListingFilter = kind === 'section' ? { kind, section: name } : { kind, label: name };
      const path = kind === 'section' ? sitePaths.section(name) : kind === 'tag' ? sitePaths.tag(name) : sitePaths.topic(name);
      const colon = (language: Language) => (language === 'en' ? ': ' : '：');
      // A section's listing is headed by its name in the page's language, not by its slug.
      const section = kind === 'section' ? await findStoredSection(context, name) : undefined;
      const title = (language: Language) => (section ? sectionName(section, language) : name);
      return sendListing(context, request, reply, { filter, path, heading: (language) => `${siteLabels(language)[kind]}${colon(language)}${title(language)}`, notFoundWhenEmpty: true });
    });
  }

  app.get(sitePaths.search, publicRoute, async (request, reply) => {
    const search = parseSearchRequest(request.query);
    const language = search.language ?? context.config.defaultLanguage;
    const labels = siteLabels(language);
    const form = { query: search.query, scope: search.scope, sort: search.sort };
    const title = search.query === '' ? `${labels.search} | ${labels.siteName}` : `${search.query} – ${labels.searchResults} | ${labels.siteName}`;
    const head = '<meta name="robots" content="noindex">';
    if (search.kind !== 'search') {
      const message = search.kind === 'empty' ? labels.emptyQuery : labels.unsafeQuery;
      const main = `<h1 class="listing-title">${escapeHtml(labels.search)}</h1><p class="notice">${escapeHtml(message)}</p>`;
      return sendCached(request, reply, { body: renderSitePage({ language, title, head, main, search: form }), contentType: html, status: search.kind === 'empty' ? 200 : 400 });
    }
    const size = context.config.pageSize;
    const { items, total } = await searchArticles(context.db, { terms: search.terms, scope: search.scope, sort: search.sort, limit: size, offset: (search.page - 1) * size });
    const pageUrl = (page: number) =>
      `${sitePaths.search}?${new URLSearchParams({ q: search.query, scope: search.scope, sort: search.sort, ...(search.language ? { lang: search.language } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
    const totalPages = Math.max(1, Math.ceil(total / size));
    const pagination: PageLinks | undefined =
      totalPages > 1
        ? {
            label: labels.page(search.page),
            ...(search.page > 1 ? { previous: { href: pageUrl(search.page - 1), label: labels.previous } } : {}),
            ...(search.page < totalPages ? { next: { href: pageUrl(search.page + 1), label: labels.next } } : {}),
          }
        : undefined;
    const main = renderListing({
      language,
      heading: labels.searchResults,
      items,
      ...(pagination ? { pagination } : {}),
      query: search.query,
      intro: `<p role="status">${escapeHtml(total > countCap ? labels.manyResults(countCap) : labels.resultCount(total))}</p>`,
    });
    return sendCached(request, reply, { body: renderSitePage({ language, title, head, main, search: form }), contentType: html, maxAgeSeconds: 30 });
  });
}

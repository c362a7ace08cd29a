import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { renderRss } from '../feeds/render-rss';
import { renderNewsSitemap } from '../feeds/render-sitemaps';
import { siteLabels } from '../render/site-labels';
import { sitePaths } from '../render/site-paths';
import { siteStylesheet } from '../render/site-style';
import { listPublicPages } from '../search/list-public-pages';
import { sendNotFound } from './article-page-routes';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached } from './send-cached';

const feedSize = 50;
const newsWindowMs = 2 * 24 * 60 * 60 * 1000;
const newsMax = 1000;
const rss = 'application/rss+xml; charset=utf-8';
const xml = 'application/xml; charset=utf-8';
const sectionParams = z.object({ name: z.string().trim().min(1).max(200) });

/** RSS (site and per section), the news sitemap and the stylesheet (sitemaps: sitemap-routes.ts). */
export function feedRoutes(app: FastifyInstance, context: PublicContext): void {
  const { config } = context;
  const labels = siteLabels(config.defaultLanguage);
  const absolute = (path: string) => new URL(path, config.siteUrl).href;

  app.get(sitePaths.stylesheet, publicRoute, (request, reply) => sendCached(request, reply, { body: siteStylesheet, contentType: 'text/css; charset=utf-8', maxAgeSeconds: 3600 }));

  app.get(sitePaths.feed, publicRoute, async (request, reply) => {
    const { items } = await listPublicPages(context.db, { kind: 'home' }, feedSize, 0);
    const body = renderRss({ title: labels.siteName, description: `${labels.slogan} · ${labels.otherSlogan}`, link: config.siteUrl, self: absolute(sitePaths.feed), language: config.defaultLanguage, siteUrl: config.siteUrl }, items);
    return sendCached(request, reply, { body, contentType: rss, ...(items[0] ? { lastModified: items[0].modifiedAt } : {}) });
  });

  app.get('/sections/:name/feed.xml', publicRoute, async (request, reply) => {
    const parsed = sectionParams.safeParse(request.params);
    if (!parsed.success) return sendNotFound(context, request, reply);
    const section = parsed.data.name;
    const { items, total } = await listPublicPages(context.db, { kind: 'section', section }, feedSize, 0);
    if (total === 0) return sendNotFound(context, request, reply);
    const body = renderRss(
      { title: `${labels.siteName} – ${section}`, description: `${labels.siteName} – ${section}`, link: absolute(sitePaths.section(section)), self: absolute(sitePaths.sectionFeed(section)), language: items[0]?.language ?? config.defaultLanguage, siteUrl: config.siteUrl },
      items,
    );
    return sendCached(request, reply, { body, contentType: rss, ...(items[0] ? { lastModified: items[0].modifiedAt } : {}) });
  });

  app.get(sitePaths.newsSitemap, publicRoute, async (request, reply) => {
    const since = new Date(context.now().getTime() - newsWindowMs).toISOString();
    const rows = await context.db
      .selectFrom('public_pages')
      .select(['slug', 'language', 'headline', 'published_at', 'modified_at'])
      .where('state', '=', 'live')
      .where('published_at', '>=', since)
      .orderBy('published_at', 'desc')
      .limit(newsMax)
      .execute();
    const body = renderNewsSitemap(config.siteUrl, rows.map((row) => ({ slug: row.slug, language: row.language, headline: row.headline, publishedAt: row.published_at })));
    return sendCached(request, reply, { body, contentType: xml, ...(rows[0] ? { lastModified: rows[0].modified_at } : {}) });
  });
}

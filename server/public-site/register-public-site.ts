import type { FastifyInstance } from 'fastify';
import type { DeskContext } from '../context';
import { publicDb } from './db/public-site-tables';
import { articlePageRoutes } from './http/article-page-routes';
import { feedRoutes } from './http/feed-routes';
import { listingRoutes } from './http/listing-routes';
import { siteIconRoutes } from './http/site-icon-routes';
import { sitemapRoutes } from './http/sitemap-routes';
import type { PublicSiteConfig } from './public-site-config';

/**
 * The readers' side of the newsroom server: article pages, listings, search, feeds and
 * sitemaps. Every route reads the database only — pages were rendered when published.
 */
export function registerPublicSite(app: FastifyInstance, desk: Pick<DeskContext, 'db' | 'now'>, config: PublicSiteConfig): void {
  const context = { db: publicDb(desk.db), config, now: desk.now };
  articlePageRoutes(app, context);
  listingRoutes(app, context);
  feedRoutes(app, context);
  sitemapRoutes(app, context);
  siteIconRoutes(app, context);
}

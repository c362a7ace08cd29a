import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { renderRobots, renderSitemap, renderSitemapIndex, type SitemapFile } from '../feeds/render-sitemaps';
import { sitemapDayFiles } from '../feeds/sitemap-files';
import { dayDocIds, parseSitemapFileName, siteSitemapFile, sitemapFileName } from '../feeds/sitemap-partitions';
import { sitePaths } from '../render/site-paths';
import { sendNotFound } from './article-page-routes';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached } from './send-cached';

const xml = 'application/xml; charset=utf-8';
const fileParams = z.object({ file: z.string().regex(/^[0-9][0-9-]{0,20}\.xml$/u) });

/**
 * `/sitemap.xml` is a sitemap index; `/sitemaps/1.xml` holds the home page and
 * `/sitemaps/<yyyy-mm-dd>[-<n>].xml` the live articles published that UTC day, oldest first,
 * `sitemapSize` to a file. A publish changes only today's last file and the index, which is
 * made from one row per day (public_sitemap_days), so neither grows with the archive.
 * `/robots.txt` points crawlers at the index and the news sitemap.
 */
export function sitemapRoutes(app: FastifyInstance, context: PublicContext): void {
  const { config } = context;
  const size = config.sitemapSize;

  app.get(sitePaths.sitemapIndex, publicRoute, async (request, reply) => {
    const days = await sitemapDayFiles(context.db, size);
    const files: SitemapFile[] = [{ name: siteSitemapFile, modifiedAt: null }, ...days.map((file) => ({ name: sitemapFileName(file), modifiedAt: file.modifiedAt }))];
    const latest = days.reduce<string | null>((max, file) => (max === null || file.modifiedAt > max ? file.modifiedAt : max), null);
    return sendCached(request, reply, { body: renderSitemapIndex(config.siteUrl, files), contentType: xml, ...(latest ? { lastModified: latest } : {}) });
  });

  app.get('/sitemaps/:file', publicRoute, async (request, reply) => {
    const parsed = fileParams.safeParse(request.params);
    if (!parsed.success) return sendNotFound(context, request, reply);
    const name = parsed.data.file.slice(0, -'.xml'.length);
    if (name === siteSitemapFile) return sendCached(request, reply, { body: renderSitemap(config.siteUrl, [], true), contentType: xml });
    const part = parseSitemapFileName(name);
    if (part === null) return sendNotFound(context, request, reply);
    const { from, to } = dayDocIds(part.day);
    const rows = await context.db
      .selectFrom('public_pages')
      .select(['slug', 'modified_at'])
      .where('state', '=', 'live')
      .where('doc_id', '>=', from)
      .where('doc_id', '<', to)
      .orderBy('doc_id', 'asc')
      .limit(size)
      .offset((part.part - 1) * size)
      .execute();
    if (rows.length === 0) return sendNotFound(context, request, reply);
    const body = renderSitemap(config.siteUrl, rows.map((row) => ({ slug: row.slug, modifiedAt: row.modified_at })), false);
    const latest = rows.reduce<string | undefined>((max, row) => (max === undefined || row.modified_at > max ? row.modified_at : max), undefined);
    return sendCached(request, reply, { body, contentType: xml, ...(latest ? { lastModified: latest } : {}) });
  });

  app.get(sitePaths.robots, publicRoute, (request, reply) =>
    sendCached(request, reply, { body: renderRobots(config.siteUrl), contentType: 'text/plain; charset=utf-8', maxAgeSeconds: 3600 }),
  );
}

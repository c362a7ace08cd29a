import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { renderRobots, renderSitemap, renderSitemapIndex, type SitemapFile } from '../feeds/render-sitemaps';
import { sitePaths } from '../render/site-paths';
import { sendNotFound } from './article-page-routes';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached } from './send-cached';

const xml = 'application/xml; charset=utf-8';
const fileParams = z.object({ file: z.string().regex(/^[1-9][0-9]{0,5}\.xml$/) });

/**
 * `/sitemap.xml` is a sitemap index; `/sitemaps/<n>.xml` hold the live articles oldest first,
 * `sitemapSize` to a file, so a newsroom past 50,000 articles is still listed whole and only the
 * last file changes as articles are published. `/robots.txt` points crawlers at both sitemaps.
 */
export function sitemapRoutes(app: FastifyInstance, context: PublicContext): void {
  const { config } = context;
  const size = config.sitemapSize;

  /** Each file's number and latest change, from one pass over the live articles. */
  async function sitemapFiles(): Promise<SitemapFile[]> {
    const { rows } = await sql<{ chunk: number | string; modified_at: string }>`
      select (ranked.position - 1) / cast(${size} as integer) as chunk, max(ranked.modified_at) as modified_at
      from (select modified_at, row_number() over (order by doc_id) as position from public_pages where state = 'live') as ranked
      group by 1
      order by 1`.execute(context.db);
    const files = rows.map((row) => ({ number: Number(row.chunk) + 1, modifiedAt: row.modified_at }));
    // An empty site still has a first file, with its home page.
    return files.length > 0 ? files : [{ number: 1, modifiedAt: null }];
  }

  app.get(sitePaths.sitemapIndex, publicRoute, async (request, reply) => {
    const files = await sitemapFiles();
    const latest = files.reduce<string | null>((max, file) => (file.modifiedAt !== null && (max === null || file.modifiedAt > max) ? file.modifiedAt : max), null);
    return sendCached(request, reply, { body: renderSitemapIndex(config.siteUrl, files), contentType: xml, ...(latest ? { lastModified: latest } : {}) });
  });

  app.get('/sitemaps/:file', publicRoute, async (request, reply) => {
    const parsed = fileParams.safeParse(request.params);
    if (!parsed.success) return sendNotFound(context, request, reply);
    const number = Number.parseInt(parsed.data.file, 10);
    const rows = await context.db
      .selectFrom('public_pages')
      .select(['slug', 'modified_at'])
      .where('state', '=', 'live')
      .orderBy('doc_id', 'asc')
      .limit(size)
      .offset((number - 1) * size)
      .execute();
    if (rows.length === 0 && number !== 1) return sendNotFound(context, request, reply);
    const body = renderSitemap(config.siteUrl, rows.map((row) => ({ slug: row.slug, modifiedAt: row.modified_at })), number === 1);
    const latest = rows.reduce<string | undefined>((max, row) => (max === undefined || row.modified_at > max ? row.modified_at : max), undefined);
    return sendCached(request, reply, { body, contentType: xml, ...(latest ? { lastModified: latest } : {}) });
  });

  app.get(sitePaths.robots, publicRoute, (request, reply) =>
    sendCached(request, reply, { body: renderRobots(config.siteUrl), contentType: 'text/plain; charset=utf-8', maxAgeSeconds: 3600 }),
  );
}

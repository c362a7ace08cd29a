import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../../shared/render/escape-html';
import { renderSitePage } from '../render/site-chrome';
import { siteLabels } from '../render/site-labels';
import { sitePaths } from '../render/site-paths';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached, setSecurityHeaders } from './send-cached';
import type { FastifyReply, FastifyRequest } from 'fastify';

const slugParams = z.object({ slug: z.string().min(1).max(200) });
const idParams = z.object({ id: z.string().min(1).max(100) });
const ninjsSuffix = '.ninjs.json';

/** A friendly 404 in the site's look (the API's JSON 404 is for programs, not readers). */
export function sendNotFound(context: PublicContext, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const labels = siteLabels(context.config.defaultLanguage);
  const body = renderSitePage({
    language: context.config.defaultLanguage,
    title: `${labels.notFoundTitle} | ${labels.siteName}`,
    head: '<meta name="robots" content="noindex">',
    main: `<div class="notice"><h1>${escapeHtml(labels.notFoundTitle)}</h1><p>${escapeHtml(labels.notFoundText)}</p></div>`,
  });
  return sendCached(request, reply, { body, contentType: 'text/html; charset=utf-8', status: 404 });
}

/**
 * Article pages and their ninjs, straight from storage: one indexed row read, no rendering.
 * An unpublished article's address answers 410 Gone with a short notice.
 */
export function articlePageRoutes(app: FastifyInstance, context: PublicContext): void {
  app.get('/articles/:slug', publicRoute, async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    if (!parsed.success) return sendNotFound(context, request, reply);
    const wantsNinjs = parsed.data.slug.endsWith(ninjsSuffix);
    const slug = wantsNinjs ? parsed.data.slug.slice(0, -ninjsSuffix.length) : parsed.data.slug;
    const pages = context.db.selectFrom('public_pages').where('slug', '=', slug);
    if (wantsNinjs) {
      const stored = await pages.select(['state', 'ninjs', 'modified_at']).executeTakeFirst();
      if (!stored) return sendNotFound(context, request, reply);
      if (stored.state !== 'live') return sendCached(request, reply, { body: JSON.stringify({ gone: true }), contentType: 'application/json; charset=utf-8', status: 410 });
      return sendCached(request, reply, { body: stored.ninjs, contentType: 'application/json; charset=utf-8', lastModified: stored.modified_at });
    }
    const page = await pages.select(['state', 'html', 'modified_at', 'etag']).executeTakeFirst();
    if (!page) return sendNotFound(context, request, reply);
    return sendCached(request, reply, {
      body: page.html,
      contentType: 'text/html; charset=utf-8',
      status: page.state === 'live' ? 200 : 410,
      lastModified: page.modified_at,
      etag: page.etag,
    });
  });

  // Related News may point at an article by id; its address is its current slug.
  app.get('/articles/by-id/:id', publicRoute, async (request, reply) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) return sendNotFound(context, request, reply);
    const page = await context.db.selectFrom('public_pages').select('slug').where('article_id', '=', parsed.data.id).where('state', '=', 'live').executeTakeFirst();
    if (!page) return sendNotFound(context, request, reply);
    return setSecurityHeaders(reply).redirect(sitePaths.article(page.slug), 302);
  });
}

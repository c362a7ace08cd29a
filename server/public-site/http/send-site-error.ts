import type { FastifyReply } from 'fastify';
import { escapeHtml } from '../../../shared/render/escape-html';
import type { PublicSiteConfig } from '../public-site-config';
import { renderSitePage } from '../render/site-chrome';
import { siteLabels } from '../render/site-labels';
import { setSecurityHeaders } from './send-cached';

/**
 * The site's own error page for an address the router cannot even read (malformed percent
 * escapes, a path segment far too long): the reader sees the site's "page not found", and the
 * page never repeats the address it was given.
 */
export function sendSiteError(config: Pick<PublicSiteConfig, 'defaultLanguage'>, reply: FastifyReply, status: number): FastifyReply {
  const labels = siteLabels(config.defaultLanguage);
  const body = renderSitePage({
    language: config.defaultLanguage,
    title: `${labels.notFoundTitle} | ${labels.siteName}`,
    head: '<meta name="robots" content="noindex">',
    main: `<div class="notice"><h1>${escapeHtml(labels.notFoundTitle)}</h1><p>${escapeHtml(labels.notFoundText)}</p></div>`,
  });
  return setSecurityHeaders(reply).code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

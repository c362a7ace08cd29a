import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageEtag } from '../publishing/page-etag';

/** No script may run and no inline style applies on a public page; images from us or https; our web app manifest. */
export const publicPagePolicy =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' https:; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The security headers of every public response, fixed once. The global helmet plugin is
 * skipped on these routes (`publicRoute`): it rebuilds its middleware on every request, which
 * cost the article page a third of its throughput; these are the same protections, precomputed.
 * The generated nginx config sends these very headers with every file of the static root.
 */
export const securityHeaders: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': publicPagePolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
});

/** Route options for public pages: our fixed security headers instead of helmet's per-request ones. */
export const publicRoute = { helmet: false } as const;

export function setSecurityHeaders(reply: FastifyReply): FastifyReply {
  return reply.headers(securityHeaders);
}

export interface CachedBody {
  body: string | Buffer;
  contentType: string;
  status?: number;
  /** Precomputed for stored pages; otherwise the body's hash. */
  etag?: string;
  /** ISO time of the last change readers can see. */
  lastModified?: string;
  maxAgeSeconds?: number;
}

function notModified(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') {
    // A weak comparison: a proxy may have added W/ to our strong tag.
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag || tag.trim() === '*');
  }
  const since = request.headers['if-modified-since'];
  if (typeof since === 'string' && lastModified !== null) {
    const sinceTime = Date.parse(since);
    // HTTP dates have whole seconds.
    return !Number.isNaN(sinceTime) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceTime;
  }
  return false;
}

/**
 * Sends a page or feed with ETag and Last-Modified, and 304 when the reader's copy is current.
 * Every public response carries the strict CSP and a short shared cache lifetime.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody): FastifyReply {
  const etag = cached.etag ?? pageEtag(cached.body);
  const lastModified = cached.lastModified ? new Date(cached.lastModified) : null;
  setSecurityHeaders(reply)
    .header('cache-control', `public, max-age=${cached.maxAgeSeconds ?? 60}`)
    .header('etag', etag);
  if (lastModified !== null && !Number.isNaN(lastModified.getTime())) reply.header('last-modified', lastModified.toUTCString());
  const status = cached.status ?? 200;
  if (status === 200 && notModified(request, etag, lastModified)) return reply.code(304).send();
  return reply.code(status).type(cached.contentType).send(cached.body);
}

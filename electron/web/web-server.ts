import { timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DeskHandlers } from '../../shared/desk-api';
import { dispatchDeskCall } from '../../shared/desk-dispatch';
import { fail } from '../../shared/result';
import { newsroomMediaPath, newsroomMediaStatus, type NewsroomPicture } from '../desk/newsroom/newsroom-media';
import { appContentSecurityPolicy } from './content-security-policy';
import { isLoopbackHost } from './host-check';

export const tokenCookie = 'copydesk_token';

export interface WebServerOptions {
  handlers: DeskHandlers;
  /** Random per run; printed once in the URL, then kept in an HttpOnly cookie. */
  token: string;
  rendererDir: string;
  dataDir: string;
  log?: (message: string, error: unknown) => void;
  /** Newsroom images for the page (`/newsroom/media/<id>/<rendition>`), fetched by the desk with the session. */
  newsroomMedia?: (mediaId: string, rendition: string) => Promise<NewsroomPicture>;
}

/** Web mode: the built renderer and the DeskApi over HTTP, for a browser on this machine only. */
export async function buildWebServer(options: WebServerOptions): Promise<FastifyInstance> {
  // Large enough for the biggest DeskApi request: an 80 MB base64 import or a 30 MB photo.
  const app = Fastify({ logger: false, bodyLimit: 96 * 1024 * 1024 });
  await app.register(fastifyCookie);

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) {
      return reply.code(403).type('text/plain; charset=utf-8').send('Copydesk web mode only answers to 127.0.0.1 or localhost.');
    }
    if (request.method === 'GET' && request.url.startsWith('/?') && typeof queryToken(request) === 'string') {
      return acceptToken(request, reply, options.token);
    }
    if (!hasToken(request, options.token)) return refuse(request, reply);
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', appContentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  });

  app.post<{ Params: { area: string; verb: string } }>('/desk/:area/:verb', async (request, reply) => {
    // A JSON content type forces a CORS preflight for any cross-site caller; the cookie is
    // SameSite=Strict besides.
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return reply.code(415).send(fail('bad_request', 'DeskApi requests must be JSON.'));
    }
    const { area, verb } = request.params;
    return dispatchDeskCall(options.handlers, `${area}:${verb}`, request.body, options.log);
  });

  const newsroomMedia = options.newsroomMedia;
  if (newsroomMedia) {
    app.get('/newsroom/media/:id/:rendition', async (request, reply) => {
      const path = newsroomMediaPath(request.url.split('?')[0] ?? '');
      if (!path) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
      try {
        const picture = await newsroomMedia(path.mediaId, path.rendition);
        return reply.type(picture.type).header('cache-control', 'private, max-age=300').send(Buffer.from(picture.bytes));
      } catch (error) {
        return reply.code(newsroomMediaStatus(error)).type('text/plain; charset=utf-8').send('The newsroom image could not be fetched.');
      }
    });
  }

  const mediaDir = resolve(options.dataDir, 'media');
  await mkdir(mediaDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: mediaDir,
    prefix: '/media/',
    decorateReply: false,
    dotfiles: 'deny',
    maxAge: '1h',
  });
  await app.register(fastifyStatic, { root: resolve(options.rendererDir), prefix: '/', dotfiles: 'deny' });
  return app;
}

function queryToken(request: FastifyRequest): unknown {
  const query = request.query;
  return typeof query === 'object' && query !== null && 'token' in query ? query.token : undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hasToken(request: FastifyRequest, token: string): boolean {
  const given = request.cookies[tokenCookie];
  return typeof given === 'string' && sameSecret(given, token);
}

async function acceptToken(request: FastifyRequest, reply: FastifyReply, token: string): Promise<FastifyReply> {
  const given = queryToken(request);
  if (typeof given !== 'string' || !sameSecret(given, token)) return refuse(request, reply);
  reply.setCookie(tokenCookie, token, { httpOnly: true, sameSite: 'strict', path: '/' });
  // Drop the token from the address bar and history.
  return reply.redirect('/', 303);
}

async function refuse(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (request.url.startsWith('/desk/')) {
    return reply.code(401).send(fail('unauthorized', 'Open Copydesk with the link printed by `npm run web`.'));
  }
  return reply
    .code(401)
    .type('text/plain; charset=utf-8')
    .send('Copydesk web mode: open the link printed by `npm run web` (it carries this run’s access token).');
}

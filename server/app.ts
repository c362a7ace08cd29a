import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyPluginAsync, FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { limits } from '../shared/limits';
import type { LoginPolicy } from './auth/login';
import { findSessionUser } from './auth/sessions';
import type { DeskContext } from './context';
import type { Database } from './db/schema';
import { registerErrorHandling } from './http/error-handler';
import { frameworkErrors } from './http/framework-errors';
import { bearerToken } from './http/request-user';
import { routeRegistrar } from './http/route-registrar';
import type { MediaStorage } from './media/media-storage';
import { pollingWake } from './notifications/event-wake';
import type { EventWake } from './notifications/event-wake';
import type { PublicationHooks } from './publishing/publication-hooks';
import { publicSiteConfigFromEnv, type PublicSiteConfig } from './public-site/public-site-config';
import { publicSiteHooks } from './public-site/publishing/public-site-hooks';
import { registerPublicSite } from './public-site/register-public-site';
import { articleRoutes } from './routes/article-routes';
import { lockRoutes } from './routes/lock-routes';
import { mediaRoutes } from './routes/media-routes';
import { peopleRoutes } from './routes/people-routes';
import { reviewRoutes } from './routes/review-routes';
import { sectionRoutes } from './routes/section-routes';
import { sessionRoutes } from './routes/session-routes';
import { userRoutes } from './routes/user-routes';
import { registerUpdateFeed } from './updates/register-update-feed';

export interface ServerAppOptions {
  db: Kysely<Database>;
  media: MediaStorage;
  hooks?: PublicationHooks;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  login?: Partial<LoginPolicy>;
  /**
   * Which proxies' X-Forwarded-For to believe (COPYDESK_TRUST_PROXY): off by default, so a
   * client cannot pick its own address; behind a load balancer, the balancers' addresses.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Overrides of the public site's settings (otherwise read from the environment). */
  publicSite?: Partial<PublicSiteConfig>;
  /** A folder of desktop installers and latest*.yml, served at /updates/ (none: no feed). */
  updatesDir?: string;
  /** What wakes event streams (PostgreSQL: LISTEN/NOTIFY across processes); default: polling. */
  eventWake?: EventWake;
  /** The version `server:info` reports (the package's; tests may leave it out). */
  version?: string;
  /** Extra route plugins (the public site), registered with the same context. */
  plugins?: ((context: DeskContext) => FastifyPluginAsync)[];
}

export const defaultLoginPolicy: LoginPolicy = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  maxAttemptsPerAddress: 20,
  burstWindowMs: 60 * 1000,
  maxFailuresPerAddress: 30,
  failureWindowMs: 15 * 60 * 1000,
  // Five free tries per account and address, then 1 s, 2 s, 4 s … up to 15 minutes between tries.
  freeFailuresPerAccount: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
};

// Never print credentials: tokens, passwords, cookies are censored in every log line.
const redact = ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'password', 'token'];

function loggerOptions(logger: ServerAppOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === undefined || logger === false) return false;
  return logger === true ? { redact } : { ...logger, redact };
}

/** The newsroom server as a Fastify instance: plugins, authentication and every route. */
export async function buildServerApp(options: ServerAppOptions): Promise<FastifyInstance> {
  const siteConfig: PublicSiteConfig = { ...publicSiteConfigFromEnv(), ...options.publicSite };
  const context: DeskContext = {
    db: options.db,
    media: options.media,
    hooks: options.hooks ?? publicSiteHooks(siteConfig),
    now: options.now ?? (() => new Date()),
  };
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Long ULIDs and paths only; anything longer is noise or an attack (414, see frameworkErrors).
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrors(siteConfig),
  });

  registerErrorHandling(app);
  // JSON and multipart only: a text/plain body is refused with 415 rather than half-parsed.
  app.removeContentTypeParser('text/plain');
  // No CORS plugin: browsers on other origins get no Access-Control-* headers (closed by default).
  await app.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], imgSrc: ["'self'"], frameAncestors: ["'none'"] } } });
  // One byte over the image limit, so a file cut off by the parser is always longer than allowed
  // and the upload route can refuse it even when the parser's truncation flag comes late.
  await app.register(multipart, { limits: { fileSize: limits.imageBytesMax + 1, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });

  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('idempotencyClaim', null);
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    if (!token) return;
    request.sessionToken = token;
    request.user = await findSessionUser(context.db, token, context.now());
  });

  const route = routeRegistrar(app, context);
  sessionRoutes(route, context, { ...defaultLoginPolicy, ...options.login }, options.version ?? '0.0.0');
  userRoutes(route, context);
  articleRoutes(route, context);
  lockRoutes(route, context);
  mediaRoutes(route, context);
  sectionRoutes(route, context);
  // Open event streams end when the server closes, so close() does not wait on them.
  const closing = new AbortController();
  app.addHook('preClose', async () => closing.abort());
  reviewRoutes(route, context, options.eventWake ?? pollingWake(), closing.signal);
  peopleRoutes(route, context);
  registerPublicSite(app, context, siteConfig);
  if (options.updatesDir) await registerUpdateFeed(app, options.updatesDir);
  for (const plugin of options.plugins ?? []) await app.register(plugin(context));
  return app;
}

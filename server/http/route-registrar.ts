import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { serverRoutes } from '../../shared/server-api';
import type { ServerRouteName } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { authorize } from './authorize';
import { idempotency } from './idempotency';

export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
export type RegisterRoute = (name: ServerRouteName, handler: RouteHandler, options?: Pick<RouteOptions, 'bodyLimit' | 'config'>) => void;

/**
 * Routes whose response holds a secret (a session token): never stored for replay, because the
 * idempotency table would then keep the secret in plain text. Sign-in is not idempotent anyway;
 * a new account's or reset password is shown once.
 */
const responsesHoldSecrets: ReadonlySet<ServerRouteName> = new Set<ServerRouteName>(['session:create', 'people:create', 'people:resetPassword']);

/**
 * Registers a route from the shared route table: method, URL and access rule come from
 * `serverRoutes`, so who may call what is declared once; every other POST honours
 * Idempotency-Key.
 */
export function routeRegistrar(app: FastifyInstance, context: DeskContext): RegisterRoute {
  const keys = idempotency(context.db, context.now);
  return (name, handler, options = {}) => {
    const definition = serverRoutes[name];
    const idempotent = definition.method === 'POST' && !responsesHoldSecrets.has(name);
    app.route({
      ...options,
      method: definition.method,
      url: definition.url,
      preHandler: idempotent ? [authorize(definition.access), keys.claim] : [authorize(definition.access)],
      ...(idempotent ? { onSend: [keys.remember] } : {}),
      handler,
    });
  };
}

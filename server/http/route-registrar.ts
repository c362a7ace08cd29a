import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { serverRoutes } from '../../shared/server-api';
import type { ServerRouteName } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { authorize } from './authorize';
import { idempotency } from './idempotency';

export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
export type RegisterRoute = (name: ServerRouteName, handler: RouteHandler, options?: Pick<RouteOptions, 'bodyLimit' | 'config'>) => void;

/**
 * Registers a route from the shared route table: method, URL and access rule come from
 * `serverRoutes`, so who may call what is declared once; every POST honours Idempotency-Key.
 */
export function routeRegistrar(app: FastifyInstance, context: DeskContext): RegisterRoute {
  const keys = idempotency(context.db, context.now);
  return (name, handler, options = {}) => {
    const definition = serverRoutes[name];
    const isPost = definition.method === 'POST';
    app.route({
      ...options,
      method: definition.method,
      url: definition.url,
      preHandler: isPost ? [authorize(definition.access), keys.claim] : [authorize(definition.access)],
      ...(isPost ? { onSend: [keys.remember] } : {}),
      handler,
    });
  };
}

import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { serverRoutes } from '../../shared/server-api';
import type { ServerRouteName } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { authorize } from './authorize';
import { idempotency } from './idempotency';
import { checkResponse, responseChecksEnabled } from './response-check';
import { parseRouteInput, type RouteInput } from './route-input';

export type RouteHandler<N extends ServerRouteName> = (input: RouteInput<N>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
export type RegisterRoute = <N extends ServerRouteName>(name: N, handler: RouteHandler<N>, options?: Pick<RouteOptions, 'bodyLimit' | 'config'>) => void;

/**
 * Routes whose response holds a secret (a session token): never stored for replay, because the
 * idempotency table would then keep the secret in plain text. Sign-in is not idempotent anyway;
 * a new account's or reset password is shown once.
 */
const responsesHoldSecrets: ReadonlySet<ServerRouteName> = new Set<ServerRouteName>(['session:create', 'setup:firstAccount', 'people:create', 'people:resetPassword']);

/**
 * Registers a route from the shared route table: method, URL, access rule and the schemas of
 * params, query and body come from `serverRoutes`, so each is declared once; the handler gets
 * the parsed input. Every other POST honours Idempotency-Key. In tests every answer is checked
 * against the table's response schema.
 */
export function routeRegistrar(app: FastifyInstance, context: DeskContext): RegisterRoute {
  const keys = idempotency(context.db, context.now);
  const check = responseChecksEnabled();
  return (name, handler, options = {}) => {
    const definition = serverRoutes[name];
    const idempotent = definition.method === 'POST' && !responsesHoldSecrets.has(name);
    const onSend = [...(check ? [checkResponse(name)] : []), ...(idempotent ? [keys.remember] : [])];
    app.route({
      ...options,
      method: definition.method,
      url: definition.url,
      preHandler: idempotent ? [authorize(definition.access), keys.claim] : [authorize(definition.access)],
      ...(onSend.length > 0 ? { onSend } : {}),
      handler: (request, reply) => handler(parseRouteInput(name, request), request, reply),
    });
  };
}

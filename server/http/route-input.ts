import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { serverRoutes, type ServerRouteName } from '../../shared/server-api';
import { parseWith } from './parse-with';

type Definition<N extends ServerRouteName> = (typeof serverRoutes)[N];
type Part = 'params' | 'query' | 'body';
type Parsed<D, K extends Part> = D extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/** What a route's handler gets: its params, query and body, each parsed with the route's own schema. */
export interface RouteInput<N extends ServerRouteName> {
  params: Parsed<Definition<N>, 'params'>;
  query: Parsed<Definition<N>, 'query'>;
  body: Parsed<Definition<N>, 'body'>;
}

function part(schema: z.ZodType | undefined, value: unknown, what: string): unknown {
  return schema ? parseWith(schema, value, what) : undefined;
}

/**
 * Parses the request with the table's schemas: a request that does not fit gets 400 listing
 * every problem, before the handler runs. An empty POST body counts as `{}`, so a body whose
 * fields are all optional may be left out.
 */
export function parseRouteInput<N extends ServerRouteName>(name: N, request: FastifyRequest): RouteInput<N> {
  const definition: { subject: string; params?: z.ZodType; query?: z.ZodType; body?: z.ZodType } = serverRoutes[name];
  const subject = definition.subject;
  const input = {
    params: part(definition.params, request.params, `${subject} address`),
    query: part(definition.query, request.query, subject),
    body: part(definition.body, request.body ?? {}, subject),
  };
  // Each part was parsed with the very schema RouteInput<N> names; TypeScript cannot follow a
  // generic route name through the table to its schemas.
  return input as RouteInput<N>;
}

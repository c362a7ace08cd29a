import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../shared/server-api';
import { ServerError } from './server-error';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the authentication hook; null for anonymous callers. */
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

/** For handlers behind `authorize`: the user is known to be there. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new ServerError(401, 'unauthorized', 'Sign in first.');
  return request.user;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1] ?? null;
}

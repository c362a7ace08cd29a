import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../shared/server-api';
import { ServerError } from './server-error';

/** The one place a route's access rule is enforced: 401 when not signed in, 403 for other roles. */
export function authorize(access: RouteAccess) {
  return async function checkAccess(request: FastifyRequest): Promise<void> {
    if (access === 'public') return;
    if (!request.user) throw new ServerError(401, 'unauthorized', 'Sign in first: this needs a valid session token.');
    if (access === 'signed_in') return;
    if (!access.includes(request.user.role)) {
      throw new ServerError(403, 'forbidden', `Your role (${request.user.role}) may not do this.`);
    }
  };
}

import { loginRequestSchema } from '../../shared/server-api';
import type { LoginPolicy } from '../auth/login';
import { login } from '../auth/login';
import { revokeSession } from '../auth/sessions';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';

export interface LoginAddressLimit {
  max: number;
  timeWindowMs: number;
}

export function sessionRoutes(route: RegisterRoute, context: DeskContext, policy: LoginPolicy, perAddress: LoginAddressLimit): void {
  route(
    'session:create',
    async (request, reply) => {
      const credentials = parseWith(loginRequestSchema, request.body, 'sign-in request');
      const session = await login(context.db, credentials, policy, context.now(), request.ip);
      request.log.info({ userId: session.user.id }, 'signed in');
      return reply.code(201).send(session);
    },
    // A burst limit per address in this process; the failure limits shared by all processes
    // (per account and per address) are in the database, see login.ts.
    { config: { rateLimit: { max: perAddress.max, timeWindow: perAddress.timeWindowMs } } },
  );
  route('session:get', async (request) => requireUser(request));
  route('session:delete', async (request, reply) => {
    if (request.sessionToken) await revokeSession(context.db, request.sessionToken, context.now());
    return reply.code(204).send();
  });
}

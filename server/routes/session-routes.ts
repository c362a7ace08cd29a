import { loginRequestSchema } from '../../shared/server-api';
import type { LoginPolicy } from '../auth/login';
import { login } from '../auth/login';
import { revokeSession } from '../auth/sessions';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';

export function sessionRoutes(route: RegisterRoute, context: DeskContext, policy: LoginPolicy): void {
  route('session:create', async (request, reply) => {
    const credentials = parseWith(loginRequestSchema, request.body, 'sign-in request');
    // request.ip is the client's own address behind a trusted proxy (COPYDESK_TRUST_PROXY); every
    // limit is counted in the database, so all server processes share it (see login.ts).
    const session = await login(context.db, credentials, policy, context.now(), request.ip);
    request.log.info({ userId: session.user.id }, 'signed in');
    return reply.code(201).send(session);
  });
  route('session:get', async (request) => requireUser(request));
  route('session:delete', async (request, reply) => {
    if (request.sessionToken) await revokeSession(context.db, request.sessionToken, context.now());
    return reply.code(204).send();
  });
}

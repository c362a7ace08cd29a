import type { LoginPolicy } from '../auth/login';
import { login } from '../auth/login';
import { revokeSession } from '../auth/sessions';
import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { createFirstAccount, setupNeeded } from '../setup/first-account';

/** Signing in and out, what this server is, and the first account of a new newsroom. */
export function sessionRoutes(route: RegisterRoute, context: DeskContext, policy: LoginPolicy, version: string): void {
  route('server:info', async () => ({ product: 'copydesk-newsroom' as const, version, setupNeeded: await setupNeeded(context) }));
  route('setup:firstAccount', async ({ body }, request, reply) => {
    const session = await createFirstAccount(context, body, policy.sessionTtlMs);
    request.log.info({ userId: session.user.id }, 'first account created');
    return reply.code(201).header('cache-control', 'no-store').send(session);
  });
  route('session:create', async ({ body }, request, reply) => {
    // request.ip is the client's own address behind a trusted proxy (COPYDESK_TRUST_PROXY); every
    // limit is counted in the database, so all server processes share it (see login.ts).
    const session = await login(context.db, body, policy, context.now(), request.ip);
    request.log.info({ userId: session.user.id }, 'signed in');
    return reply.code(201).header('cache-control', 'no-store').send(session);
  });
  route('session:get', async (_input, request) => requireUser(request));
  route('session:delete', async (_input, request, reply) => {
    if (request.sessionToken) await revokeSession(context.db, request.sessionToken, context.now());
    return reply.code(204).send();
  });
}

import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { people } from '../people/people-commands';

/** Accounts (admin only): the CLI's commands over HTTP, each audited; passwords shown once, never logged. */
export function peopleRoutes(route: RegisterRoute, context: DeskContext): void {
  route('people:list', async () => ({ items: await people.list(context) }));
  route('people:create', async ({ body }, request, reply) => reply.code(201).header('cache-control', 'no-store').send(await people.create(context, requireUser(request), body)));
  route('people:setRole', async ({ params, body }, request) => people.setRole(context, requireUser(request), params.username.toLowerCase(), body.role));
  route('people:disable', async ({ params }, request) => people.disable(context, requireUser(request), params.username.toLowerCase()));
  route('people:resetPassword', async ({ params }, request, reply) => reply.header('cache-control', 'no-store').send(await people.resetPassword(context, requireUser(request), params.username.toLowerCase())));
}

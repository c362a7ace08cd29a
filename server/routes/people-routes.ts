import { personCreateRequestSchema, personParamsSchema, personRoleRequestSchema } from '../../shared/server-api-review';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { people } from '../people/people-commands';

/** Accounts (admin only): the CLI's commands over HTTP, each audited; passwords shown once, never logged. */
export function peopleRoutes(route: RegisterRoute, context: DeskContext): void {
  route('people:list', async () => ({ items: await people.list(context) }));
  route('people:create', async (request, reply) => {
    const body = parseWith(personCreateRequestSchema, request.body, 'account');
    return reply.code(201).header('cache-control', 'no-store').send(await people.create(context, requireUser(request), body));
  });
  route('people:setRole', async (request) => {
    const { username } = parseWith(personParamsSchema, request.params, 'user address');
    const { role } = parseWith(personRoleRequestSchema, request.body, 'role');
    return people.setRole(context, requireUser(request), username.toLowerCase(), role);
  });
  route('people:disable', async (request) => {
    const { username } = parseWith(personParamsSchema, request.params, 'user address');
    return people.disable(context, requireUser(request), username.toLowerCase());
  });
  route('people:resetPassword', async (request, reply) => {
    const { username } = parseWith(personParamsSchema, request.params, 'user address');
    return reply.header('cache-control', 'no-store').send(await people.resetPassword(context, requireUser(request), username.toLowerCase()));
  });
}

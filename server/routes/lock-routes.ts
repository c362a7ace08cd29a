import { articleIdParamsSchema, lockAcquireRequestSchema, lockReleaseQuerySchema, lockRenewRequestSchema } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { acquireLock } from '../locks/acquire-lock';
import { readLock } from '../locks/read-lock';
import { releaseLock } from '../locks/release-lock';
import { renewLock } from '../locks/renew-lock';

/** The soft lock ("being edited by …"): read, take (or take over), renew, give up. */
export function lockRoutes(route: RegisterRoute, context: DeskContext): void {
  route('articles:lock', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    return { lock: await readLock(context, requireUser(request), id) };
  });

  route('articles:lockAcquire', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const { takeOver } = parseWith(lockAcquireRequestSchema, request.body ?? {}, 'lock request');
    return acquireLock(context, requireUser(request), id, takeOver);
  });

  route('articles:lockRenew', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const { lockId } = parseWith(lockRenewRequestSchema, request.body, 'lock renewal');
    return { lock: await renewLock(context, requireUser(request), id, lockId) };
  });

  route('articles:lockRelease', async (request, reply) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const { lockId } = parseWith(lockReleaseQuerySchema, request.query, 'lock release');
    await releaseLock(context, requireUser(request), id, lockId);
    return reply.code(204).send();
  });
}

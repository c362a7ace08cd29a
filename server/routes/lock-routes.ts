import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { acquireLock } from '../locks/acquire-lock';
import { readLock } from '../locks/read-lock';
import { releaseLock } from '../locks/release-lock';
import { renewLock } from '../locks/renew-lock';

/** The soft lock ("being edited by …"): read, take (or take over), renew, give up. */
export function lockRoutes(route: RegisterRoute, context: DeskContext): void {
  route('articles:lock', async ({ params }, request) => ({ lock: await readLock(context, requireUser(request), params.id) }));

  route('articles:lockAcquire', async ({ params, body }, request) => acquireLock(context, requireUser(request), params.id, body.takeOver));

  route('articles:lockRenew', async ({ params, body }, request) => ({ lock: await renewLock(context, requireUser(request), params.id, body.lockId) }));

  route('articles:lockRelease', async ({ params, query }, request, reply) => {
    await releaseLock(context, requireUser(request), params.id, query.lockId);
    return reply.code(204).send();
  });
}

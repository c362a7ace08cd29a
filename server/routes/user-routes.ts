import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { unlockUser } from '../users/unlock-user';

/** Account administration over HTTP (the same commands as `npm run server -- unlock-user`). */
export function userRoutes(route: RegisterRoute, context: DeskContext): void {
  route('users:unlock', async ({ params }, request) => {
    const admin = requireUser(request);
    const result = await unlockUser(context.db, params.username);
    request.log.info({ adminId: admin.id, username: result.username, forgivenFailures: result.forgivenFailures }, 'unlocked sign-in');
    return result;
  });
}

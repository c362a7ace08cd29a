import { unlockUserParamsSchema } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { unlockUser } from '../users/unlock-user';

/** Account administration over HTTP (the same commands as `npm run server -- unlock-user`). */
export function userRoutes(route: RegisterRoute, context: DeskContext): void {
  route('users:unlock', async (request) => {
    const { username } = parseWith(unlockUserParamsSchema, request.params, 'user address');
    const admin = requireUser(request);
    const result = await unlockUser(context.db, username);
    request.log.info({ adminId: admin.id, username: result.username, forgivenFailures: result.forgivenFailures }, 'unlocked sign-in');
    return result;
  });
}

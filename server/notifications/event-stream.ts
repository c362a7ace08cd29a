import type { FastifyReply, FastifyRequest } from 'fastify';
import { streamHeartbeatMs } from '../../shared/server-api-review';
import { findSessionUser } from '../auth/sessions';
import type { DeskContext } from '../context';
import { ServerError } from '../http/server-error';
import type { EventWake } from './event-wake';
import { latestSeq, notificationsAfter } from './notification-feed';

/** Where to resume: Last-Event-ID (a reconnecting client) or `?after=`; otherwise only new events. */
function resumeFrom(request: FastifyRequest): number | undefined {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.after;
  const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
  if (raw === undefined) return undefined;
  if (!/^\d{1,15}$/.test(raw.trim())) throw new ServerError(400, 'bad_request', 'Last-Event-ID (or ?after=) must be the id of the last event received.');
  return Number(raw.trim());
}

/**
 * `GET /api/events/stream`: the signed-in user's notifications as Server-Sent Events. Each
 * event carries `id: <seq>`; a client reconnecting with that Last-Event-ID gets everything after
 * it, in order, once (the table is the truth; the wake-up only says "look now"). A heartbeat
 * comment keeps proxies from closing an idle stream, and the session is re-checked with each one:
 * a revoked or expired session ends the stream.
 */
export async function streamEvents(context: DeskContext, wake: EventWake, closing: AbortSignal, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const user = request.user;
  const token = request.sessionToken;
  if (!user || !token) throw new ServerError(401, 'unauthorized', 'Sign in first.');
  let cursor = resumeFrom(request) ?? (await latestSeq(context, user.id));
  let open = true;
  const catchUpOnly = (request.query as Record<string, unknown> | undefined)?.end === 'caught-up';
  // Ends the wait at once when the client goes or the server shuts down.
  let stop = (): void => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const end = (): void => {
    open = false;
    stop();
  };
  request.raw.on('close', end);
  closing.addEventListener('abort', end, { once: true });
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  raw.write('retry: 2000\n\n');
  let lastBeat = Date.now();
  try {
    while (open && !closing.aborted) {
      const batch = await notificationsAfter(context, user.id, cursor);
      for (const item of batch) {
        raw.write(`id: ${item.seq}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
        cursor = item.seq;
      }
      if (batch.length === 100) continue;
      // `?end=caught-up`: send the backlog and close (a desk catching up without staying connected).
      if (catchUpOnly) break;
      if (Date.now() - lastBeat >= streamHeartbeatMs) {
        lastBeat = Date.now();
        if (!(await findSessionUser(context.db, token, context.now()))) break;
        raw.write(': heartbeat\n\n');
      }
      await Promise.race([wake.wait(Math.max(1, streamHeartbeatMs - (Date.now() - lastBeat))), stopped]);
    }
  } catch (error) {
    request.log.error({ err: error }, 'event stream failed');
  } finally {
    closing.removeEventListener('abort', end);
    raw.end();
  }
}

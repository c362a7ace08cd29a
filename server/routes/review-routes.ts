import { setNeedsPhotos } from '../articles/set-needs-photos';
import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { streamEvents } from '../notifications/event-stream';
import type { EventWake } from '../notifications/event-wake';
import { listNotifications, markRead } from '../notifications/notification-feed';
import { photoQueue, reviewQueue } from '../review/review-queue';
import { diffBase, getRevision, listRevisions, restoreRevision } from '../review/revisions';

/** Revisions, the review and photo queues, notifications and the event stream. */
export function reviewRoutes(route: RegisterRoute, context: DeskContext, wake: EventWake, closing: AbortSignal): void {
  route('articles:revisions', async ({ params }) => ({ items: await listRevisions(context, params.id) }));
  route('articles:revision', async ({ params }) => getRevision(context, params.id, params.revision));
  route('articles:restoreRevision', async ({ params, body }, request, reply) => {
    const article = await restoreRevision(context, requireUser(request), params.id, params.revision, body.revision);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });
  route('articles:diffBase', async ({ params }) => diffBase(context, params.id));
  route('review:queue', async ({ query }) => reviewQueue(context, query));
  route('photos:queue', async ({ query }) => photoQueue(context, query));
  route('photos:done', async ({ params, body }, request) => setNeedsPhotos(context, requireUser(request), params.id, { needsPhotos: false, note: body.note }, undefined));
  route('notifications:list', async ({ query }, request) => listNotifications(context, requireUser(request).id, query));
  route('notifications:markRead', async ({ body }, request) => markRead(context, requireUser(request).id, body));
  route('events:stream', async (_input, request, reply) => streamEvents(context, wake, closing, request, reply));
}

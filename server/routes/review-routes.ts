import { articleIdParamsSchema } from '../../shared/server-api';
import {
  markReadRequestSchema,
  notificationListQuerySchema,
  photoQueueQuerySchema,
  photosDoneRequestSchema,
  restoreRequestSchema,
  reviewQueueQuerySchema,
  revisionParamsSchema,
} from '../../shared/server-api-review';
import { setNeedsPhotos } from '../articles/set-needs-photos';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { streamEvents } from '../notifications/event-stream';
import type { EventWake } from '../notifications/event-wake';
import { listNotifications, markRead } from '../notifications/notification-feed';
import { photoQueue, reviewQueue } from '../review/review-queue';
import { diffBase, getRevision, listRevisions, restoreRevision } from '../review/revisions';

/** Revisions, the review and photo queues, notifications and the event stream. */
export function reviewRoutes(route: RegisterRoute, context: DeskContext, wake: EventWake, closing: AbortSignal): void {
  route('articles:revisions', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    return { items: await listRevisions(context, id) };
  });
  route('articles:revision', async (request) => {
    const { id, revision } = parseWith(revisionParamsSchema, request.params, 'revision address');
    return getRevision(context, id, revision);
  });
  route('articles:restoreRevision', async (request, reply) => {
    const { id, revision } = parseWith(revisionParamsSchema, request.params, 'revision address');
    const body = parseWith(restoreRequestSchema, request.body, 'restore');
    const article = await restoreRevision(context, requireUser(request), id, revision, body.revision);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });
  route('articles:diffBase', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    return diffBase(context, id);
  });
  route('review:queue', async (request) => reviewQueue(context, parseWith(reviewQueueQuerySchema, request.query, 'queue filter')));
  route('photos:queue', async (request) => photoQueue(context, parseWith(photoQueueQuerySchema, request.query, 'queue filter')));
  route('photos:done', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const body = parseWith(photosDoneRequestSchema, request.body ?? {}, 'photos done');
    return setNeedsPhotos(context, requireUser(request), id, { needsPhotos: false, note: body.note }, undefined);
  });
  route('notifications:list', async (request) => listNotifications(context, requireUser(request).id, parseWith(notificationListQuerySchema, request.query, 'notification filter')));
  route('notifications:markRead', async (request) => markRead(context, requireUser(request).id, parseWith(markReadRequestSchema, request.body, 'mark read')));
  route('events:stream', async (request, reply) => streamEvents(context, wake, closing, request, reply));
}

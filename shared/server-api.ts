/**
 * The newsroom server's HTTP contract: every route once (method, URL, who may call it) and the
 * zod schemas of its requests and responses. The server registers its routes from this table
 * and the desktop's server client builds its requests from it.
 */
import { z } from 'zod';
import { articleContentSchema, articleSchema, articleStatusSchema, languageSchema } from './article';
import { checklistProblemSchema } from './checklist/checklist-problem';
import { errorCodes } from './result';
import { limits } from './limits';
import { roleSchema, workflowActionSchema } from './workflow';
import { sectionSchema } from './sections/section-schema';
import type { RouteDefinition } from './server-api-route';
import * as review from './server-api-review';

const id = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });

export type { RouteAccess, RouteDefinition } from './server-api-route';
// The route table is at the end of this file, after the schemas it names.



// ---- errors

export const serverErrorCodes = [...errorCodes, 'checklist_failed', 'rate_limited'] as const;
export const serverErrorCodeSchema = z.enum(serverErrorCodes);
export type ServerErrorCode = z.infer<typeof serverErrorCodeSchema>;


export const serverErrorSchema = z.object({
  error: z.object({
    code: serverErrorCodeSchema,
    message: z.string(),
    /** 400: what is wrong with the request, one line each. */
    details: z.array(z.string()).optional(),
    /** 409 on a stale revision: the revision to reload. */
    currentRevision: z.number().int().optional(),
    /** 422 on approval: the publish checklist's problems. */
    problems: z.array(checklistProblemSchema).optional(),
  }),
});
export type ServerErrorBody = z.infer<typeof serverErrorSchema>;

// ---- sessions

export const sessionUserSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(1024),
}).strict();
export const loginResponseSchema = z.object({ token: z.string(), expiresAt: isoDate, user: sessionUserSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

// ---- articles

export const serverArticleSchema = articleSchema.extend({
  author: z.string(),
  assignee: z.string().nullable(),
  needsPhotos: z.boolean(),
  publishAt: isoDate.nullable(),
  /** Row version: changes with every edit and transition. */
  version: z.number().int(),
});
export type ServerArticle = z.infer<typeof serverArticleSchema>;

export const articleWriteRequestSchema = z.object({
  content: articleContentSchema,
  /** Username of the person the article is assigned to; null clears it. */
  assignee: z.string().max(80).nullable().optional(),
}).strict();
export type ArticleWriteRequest = z.infer<typeof articleWriteRequestSchema>;

export const articleListQuerySchema = z.object({
  status: articleStatusSchema.optional(),
  /** A username, or `me`. */
  assignee: z.string().min(1).max(80).optional(),
  q: z.string().trim().min(1).max(limits.searchQueryMax).optional(),
  /** The photo desk's queue: `true` lists articles flagged as needing photos. */
  needsPhotos: z.enum(['true', 'false']).optional(),
  /** A username, or `me`: the desk's pull asks for the person's own articles. */
  author: z.string().min(1).max(80).optional(),
  /** Only articles changed at or after this time (the newest `updatedAt` the last pull saw). */
  updatedSince: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}).strict();
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const articleSummarySchema = z.object({
  id,
  headline: z.string(),
  language: languageSchema,
  section: z.string(),
  status: articleStatusSchema,
  revision: z.number().int(),
  author: z.string(),
  assignee: z.string().nullable(),
  needsPhotos: z.boolean(),
  publishAt: isoDate.nullable(),
  updatedAt: isoDate,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleListResponseSchema = z.object({
  items: z.array(articleSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ArticleListResponse = z.infer<typeof articleListResponseSchema>;

export const transitionRequestSchema = z.object({
  action: workflowActionSchema,
  note: z.string().trim().max(limits.noteMax).optional(),
  /** Required by `schedule`: when the article publishes itself. */
  publishAt: isoDate.optional(),
  /** The revision the caller looked at; a newer one on the server gets 409. */
  revision: z.number().int().nonnegative().optional(),
}).strict();
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const needsPhotosRequestSchema = z.object({ needsPhotos: z.boolean(), note: z.string().trim().max(limits.noteMax).optional() }).strict();

export const historyEntrySchema = z.object({
  id,
  at: isoDate,
  actor: z.string().nullable(),
  action: z.string(),
  from: articleStatusSchema.nullable(),
  to: articleStatusSchema,
  revision: z.number().int(),
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyResponseSchema = z.object({ items: z.array(historyEntrySchema) });

export const articleIdParamsSchema = z.object({ id }).strict();

// ---- soft locks ("being edited by …")

/** The lease: a desk renews it every 30 s while the article is open; unrenewed, it lapses at 90 s. */
export const articleLockLease = { renewEveryMs: 30_000, expiresAfterMs: 90_000 } as const;

export const lockHolderSchema = z.object({ username: z.string(), displayName: z.string() });
export type LockHolder = z.infer<typeof lockHolderSchema>;

export const articleLockSchema = z.object({
  holder: lockHolderSchema,
  /** When the holder took it (renewals keep it): "since 10:02". */
  since: isoDate,
  expiresAt: isoDate,
  /** Held by the caller (on this desk or another of theirs). */
  mine: z.boolean(),
});
export type ArticleLock = z.infer<typeof articleLockSchema>;

export const lockStateResponseSchema = z.object({ lock: articleLockSchema.nullable() });

export const lockAcquireRequestSchema = z.object({
  /** Take the lock even though someone else holds it; they are told. */
  takeOver: z.boolean().default(false),
}).strict();
export const lockIdSchema = z.string().min(1).max(100);
export const lockAcquireResponseSchema = z.discriminatedUnion('acquired', [
  z.object({ acquired: z.literal(true), lockId: lockIdSchema, lock: articleLockSchema, tookOverFrom: lockHolderSchema.nullable() }),
  z.object({ acquired: z.literal(false), lock: articleLockSchema }),
]);
export type LockAcquireResponse = z.infer<typeof lockAcquireResponseSchema>;

export const lockRenewRequestSchema = z.object({ lockId: lockIdSchema }).strict();
export const lockRenewResponseSchema = z.object({ lock: articleLockSchema });
export const lockReleaseQuerySchema = z.object({ lockId: lockIdSchema }).strict();

// ---- media

export const renditionNames = ['large', 'medium', 'thumb'] as const;
export const renditionNameSchema = z.enum(renditionNames);
export type RenditionName = z.infer<typeof renditionNameSchema>;

export const renditionSchema = z.object({
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  contentType: z.string(),
});

export const mediaResponseSchema = z.object({
  id,
  width: z.number().int(),
  height: z.number().int(),
  sourceType: z.string(),
  caption: z.string(),
  credit: z.string(),
  byline: z.string(),
  copyright: z.string(),
  renditions: z.record(renditionNameSchema, renditionSchema),
});
export type MediaResponse = z.infer<typeof mediaResponseSchema>;

export const mediaParamsSchema = z.object({ id, rendition: renditionNameSchema }).strict();

// ---- sections

/** `sections:list`: every section, in order. */
export const sectionListResponseSchema = z.object({ items: z.array(sectionSchema) });
export type SectionListResponse = z.infer<typeof sectionListResponseSchema>;
/** `sections:save`, `sections:delete`: the section's slug in the address. */
export const sectionParamsSchema = sectionSchema.pick({ slug: true }).strict();
/** `sections:save` creates the section or renames/moves it; the reply is the section as stored. */
export const sectionWriteRequestSchema = sectionSchema.pick({ names: true, position: true }).strict();
export const sectionResponseSchema = sectionSchema;
// `sections:delete` replies 204 with no body; a section that articles still use is refused with 409.
// ---- users

export const unlockUserParamsSchema = z.object({ username: z.string().trim().min(1).max(80) }).strict();
export const unlockUserResponseSchema = z.object({ username: z.string(), forgivenFailures: z.number().int().nonnegative() });
export type UnlockUserResponse = z.infer<typeof unlockUserResponseSchema>;

// ---- the server itself, and its first account

/** `server:info`: a desk checks an address is a Copydesk newsroom before it sends a password there. */
export const serverInfoResponseSchema = z.object({
  product: z.literal('copydesk-newsroom'),
  version: z.string(),
  /** No account yet: the first one may be created from the desk (it becomes admin). */
  setupNeeded: z.boolean(),
});
export type ServerInfo = z.infer<typeof serverInfoResponseSchema>;

export const firstAccountRequestSchema = z.object({
  username: z.string().trim().min(2).max(80),
  displayName: z.string().trim().min(1).max(120),
  password: z.string().min(10).max(1024),
}).strict();

// ---- the route table

const writers = ['reporter', 'chief_editor', 'admin'] as const;
const editorsOfImages = ['reporter', 'photo_editor', 'chief_editor', 'admin'] as const;
const editors = ['chief_editor', 'admin'] as const;
const photoDesk = ['photo_editor', 'chief_editor', 'admin'] as const;
const revisionParams = review.revisionParamsSchema;
const personParams = review.personParamsSchema;

/**
 * Every route once: method, URL, who may call it, and the schemas of its request (params,
 * query, body) and of its answer (status and body; `null`: no JSON body — 204, a stream, image
 * bytes). The server registers and validates its routes from this table and the desk's server
 * client builds its requests and parses its answers from it.
 */
export const serverRoutes = {
  'server:info': { method: 'GET', url: '/api/server-info', access: 'public', subject: 'server', status: 200, response: serverInfoResponseSchema },
  'setup:firstAccount': { method: 'POST', url: '/api/setup/first-account', access: 'public', subject: 'first account', body: firstAccountRequestSchema, status: 201, response: loginResponseSchema },
  'session:create': { method: 'POST', url: '/api/session', access: 'public', subject: 'sign-in request', body: loginRequestSchema, status: 201, response: loginResponseSchema },
  'session:get': { method: 'GET', url: '/api/session', access: 'signed_in', subject: 'session', status: 200, response: sessionUserSchema },
  'session:delete': { method: 'DELETE', url: '/api/session', access: 'signed_in', subject: 'session', status: 204, response: null },
  'articles:create': { method: 'POST', url: '/api/articles', access: writers, subject: 'article', body: articleWriteRequestSchema, status: 201, response: serverArticleSchema },
  'articles:list': { method: 'GET', url: '/api/articles', access: 'signed_in', subject: 'article filter', query: articleListQuerySchema, status: 200, response: articleListResponseSchema },
  'articles:get': { method: 'GET', url: '/api/articles/:id', access: 'signed_in', subject: 'article', params: articleIdParamsSchema, status: 200, response: serverArticleSchema },
  'articles:update': { method: 'PUT', url: '/api/articles/:id', access: editorsOfImages, subject: 'article', params: articleIdParamsSchema, body: articleWriteRequestSchema, status: 200, response: serverArticleSchema },
  'articles:transition': { method: 'POST', url: '/api/articles/:id/transitions', access: writers, subject: 'workflow step', params: articleIdParamsSchema, body: transitionRequestSchema, status: 200, response: serverArticleSchema },
  'articles:needsPhotos': { method: 'POST', url: '/api/articles/:id/needs-photos', access: editorsOfImages, subject: 'photo request', params: articleIdParamsSchema, body: needsPhotosRequestSchema, status: 200, response: serverArticleSchema },
  'articles:history': { method: 'GET', url: '/api/articles/:id/history', access: 'signed_in', subject: 'article', params: articleIdParamsSchema, status: 200, response: historyResponseSchema },
  'articles:lock': { method: 'GET', url: '/api/articles/:id/lock', access: 'signed_in', subject: 'article', params: articleIdParamsSchema, status: 200, response: lockStateResponseSchema },
  'articles:lockAcquire': { method: 'POST', url: '/api/articles/:id/lock', access: editorsOfImages, subject: 'lock request', params: articleIdParamsSchema, body: lockAcquireRequestSchema, status: 200, response: lockAcquireResponseSchema },
  'articles:lockRenew': { method: 'PUT', url: '/api/articles/:id/lock', access: editorsOfImages, subject: 'lock renewal', params: articleIdParamsSchema, body: lockRenewRequestSchema, status: 200, response: lockRenewResponseSchema },
  'articles:lockRelease': { method: 'DELETE', url: '/api/articles/:id/lock', access: editorsOfImages, subject: 'lock release', params: articleIdParamsSchema, query: lockReleaseQuerySchema, status: 204, response: null },
  // A multipart body (one image file): read by the route itself, not by a JSON schema.
  'media:upload': { method: 'POST', url: '/api/media', access: editorsOfImages, subject: 'upload', status: 201, response: mediaResponseSchema },
  // Public renditions carry no EXIF/GPS, so the public site and readers may load them.
  'media:rendition': { method: 'GET', url: '/media/:id/:rendition', access: 'public', subject: 'media', params: mediaParamsSchema, status: 200, response: null },
  // The desk offers these in its section select; the public site names them in each language.
  'sections:list': { method: 'GET', url: '/api/sections', access: 'public', subject: 'sections', status: 200, response: sectionListResponseSchema },
  'sections:save': { method: 'PUT', url: '/api/sections/:slug', access: ['admin'], subject: 'section', params: sectionParamsSchema, body: sectionWriteRequestSchema, status: 200, response: sectionResponseSchema },
  // 204; a section that articles still use is refused with 409.
  'sections:delete': { method: 'DELETE', url: '/api/sections/:slug', access: ['admin'], subject: 'section', params: sectionParamsSchema, status: 204, response: null },
  // Forgives an account's failed sign-ins, so its owner may sign in at once.
  'users:unlock': { method: 'POST', url: '/api/users/:username/unlock', access: ['admin'], subject: 'user', params: unlockUserParamsSchema, status: 200, response: unlockUserResponseSchema },
  // Review desk, photo desk, people and notifications (schemas in shared/server-api-review.ts).
  'articles:revisions': { method: 'GET', url: '/api/articles/:id/revisions', access: 'signed_in', subject: 'article', params: articleIdParamsSchema, status: 200, response: review.revisionListResponseSchema },
  'articles:revision': { method: 'GET', url: '/api/articles/:id/revisions/:revision', access: 'signed_in', subject: 'revision', params: revisionParams, status: 200, response: review.revisionResponseSchema },
  'articles:restoreRevision': { method: 'POST', url: '/api/articles/:id/revisions/:revision/restore', access: editors, subject: 'restore', params: revisionParams, body: review.restoreRequestSchema, status: 200, response: serverArticleSchema },
  'articles:diffBase': { method: 'GET', url: '/api/articles/:id/diff-base', access: 'signed_in', subject: 'article', params: articleIdParamsSchema, status: 200, response: review.diffBaseResponseSchema },
  'review:queue': { method: 'GET', url: '/api/review/queue', access: editors, subject: 'queue filter', query: review.reviewQueueQuerySchema, status: 200, response: review.reviewQueueResponseSchema },
  'photos:queue': { method: 'GET', url: '/api/photos/queue', access: photoDesk, subject: 'queue filter', query: review.photoQueueQuerySchema, status: 200, response: review.photoQueueResponseSchema },
  'photos:done': { method: 'POST', url: '/api/articles/:id/photos-done', access: photoDesk, subject: 'photos done', params: articleIdParamsSchema, body: review.photosDoneRequestSchema, status: 200, response: serverArticleSchema },
  'people:list': { method: 'GET', url: '/api/people', access: ['admin'], subject: 'people', status: 200, response: review.peopleListResponseSchema },
  'people:create': { method: 'POST', url: '/api/people', access: ['admin'], subject: 'account', body: review.personCreateRequestSchema, status: 201, response: review.personWithPasswordSchema },
  'people:setRole': { method: 'PUT', url: '/api/people/:username/role', access: ['admin'], subject: 'role', params: personParams, body: review.personRoleRequestSchema, status: 200, response: review.personSchema },
  'people:disable': { method: 'POST', url: '/api/people/:username/disable', access: ['admin'], subject: 'user', params: personParams, status: 200, response: review.personSchema },
  'people:resetPassword': { method: 'POST', url: '/api/people/:username/reset-password', access: ['admin'], subject: 'user', params: personParams, status: 200, response: review.personWithPasswordSchema },
  'notifications:list': { method: 'GET', url: '/api/notifications', access: 'signed_in', subject: 'notification filter', query: review.notificationListQuerySchema, status: 200, response: review.notificationListResponseSchema },
  'notifications:markRead': { method: 'POST', url: '/api/notifications/read', access: 'signed_in', subject: 'mark read', body: review.markReadRequestSchema, status: 200, response: review.markReadResponseSchema },
  // Server-Sent Events (`id:`/`event: notification`/`data:`), not one JSON answer.
  'events:stream': { method: 'GET', url: '/api/events/stream', access: 'signed_in', subject: 'event stream', status: 200, response: null },
} as const satisfies Record<string, RouteDefinition>;
export type ServerRouteName = keyof typeof serverRoutes;

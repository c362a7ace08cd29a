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
import { reviewRoutes } from './server-api-review';

const id = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });

export type { RouteAccess, RouteDefinition } from './server-api-route';

export const serverRoutes = {
  'session:create': { method: 'POST', url: '/api/session', access: 'public' },
  'session:get': { method: 'GET', url: '/api/session', access: 'signed_in' },
  'session:delete': { method: 'DELETE', url: '/api/session', access: 'signed_in' },
  'articles:create': { method: 'POST', url: '/api/articles', access: ['reporter', 'chief_editor', 'admin'] },
  'articles:list': { method: 'GET', url: '/api/articles', access: 'signed_in' },
  'articles:get': { method: 'GET', url: '/api/articles/:id', access: 'signed_in' },
  'articles:update': { method: 'PUT', url: '/api/articles/:id', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  'articles:transition': { method: 'POST', url: '/api/articles/:id/transitions', access: ['reporter', 'chief_editor', 'admin'] },
  'articles:needsPhotos': { method: 'POST', url: '/api/articles/:id/needs-photos', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  'articles:history': { method: 'GET', url: '/api/articles/:id/history', access: 'signed_in' },
  'articles:lock': { method: 'GET', url: '/api/articles/:id/lock', access: 'signed_in' },
  'articles:lockAcquire': { method: 'POST', url: '/api/articles/:id/lock', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  'articles:lockRenew': { method: 'PUT', url: '/api/articles/:id/lock', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  'articles:lockRelease': { method: 'DELETE', url: '/api/articles/:id/lock', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  'media:upload': { method: 'POST', url: '/api/media', access: ['reporter', 'photo_editor', 'chief_editor', 'admin'] },
  // Public renditions carry no EXIF/GPS, so the public site and readers may load them.
  'media:rendition': { method: 'GET', url: '/media/:id/:rendition', access: 'public' },
  // The desk offers these in its section select; the public site names them in each language.
  'sections:list': { method: 'GET', url: '/api/sections', access: 'public' },
  'sections:save': { method: 'PUT', url: '/api/sections/:slug', access: ['admin'] },
  'sections:delete': { method: 'DELETE', url: '/api/sections/:slug', access: ['admin'] },
  // Forgives an account's failed sign-ins, so its owner may sign in at once.
  'users:unlock': { method: 'POST', url: '/api/users/:username/unlock', access: ['admin'] },
  // Review desk, photo desk, people and notifications (shared/server-api-review.ts).
  ...reviewRoutes,
} as const satisfies Record<string, RouteDefinition>;
export type ServerRouteName = keyof typeof serverRoutes;

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

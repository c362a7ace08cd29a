/**
 * The review desk's, photo desk's, people's and notifications' part of the server contract
 * (issue 11): the zod schemas of their routes, which `serverRoutes` in server-api.ts names.
 */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema, languageSchema } from './article';
import { roleSchema } from './workflow';

const id = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });

// ---- revisions

export const revisionParamsSchema = z.object({ id, revision: z.coerce.number().int().min(1).max(1_000_000_000) }).strict();
export const revisionMetaSchema = z.object({ revision: z.number().int(), author: z.string(), createdAt: isoDate, headline: z.string() });
export type RevisionMeta = z.infer<typeof revisionMetaSchema>;
/** `articles:revisions`: newest first. */
export const revisionListResponseSchema = z.object({ items: z.array(revisionMetaSchema) });
/** `articles:revision`: one revision's content. */
export const revisionResponseSchema = revisionMetaSchema.extend({ content: articleContentSchema });
/** `articles:restoreRevision`: the body names the revision the editor is looking at (409 if stale). */
export const restoreRequestSchema = z.object({ revision: z.number().int().nonnegative() }).strict();

/** `articles:diffBase`: what the desk diffs against ("what changed since"). */
export const diffBaseResponseSchema = z.object({
  /** The last approved revision, or the first submitted one when never approved; null: never submitted. */
  baseRevision: z.number().int().nullable(),
  basis: z.enum(['approved', 'submitted', 'none']),
  currentRevision: z.number().int(),
});

// ---- review queues

export const reviewQueues = ['waiting', 'approved', 'scheduled', 'published_today', 'returned'] as const;
export const reviewQueueSchema = z.enum(reviewQueues);
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

export const reviewQueueQuerySchema = z.object({
  queue: reviewQueueSchema.default('waiting'),
  sort: z.enum(['updated', 'created', 'headline']).default('updated'),
  order: z.enum(['asc', 'desc']).default('desc'),
  section: z.string().min(1).max(80).optional(),
  language: languageSchema.optional(),
  /** A username. */
  author: z.string().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}).strict();
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

export const queueItemSchema = z.object({
  id,
  headline: z.string(),
  language: languageSchema,
  section: z.string(),
  status: articleStatusSchema,
  revision: z.number().int(),
  author: z.string(),
  needsPhotos: z.boolean(),
  publishAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const reviewQueueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  /** Per queue, with the same section/language/author filters. */
  counts: z.record(reviewQueueSchema, z.number().int()),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;

// ---- photo desk

export const photoQueueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}).strict();
export const photoQueueItemSchema = queueItemSchema.extend({ requestNote: z.string().nullable(), requestedAt: isoDate.nullable() });
export const photoQueueResponseSchema = z.object({ items: z.array(photoQueueItemSchema), total: z.number().int() });
export const photosDoneRequestSchema = z.object({ note: z.string().trim().max(2000).optional() }).strict();

// ---- people

export const personSchema = z.object({ id, username: z.string(), displayName: z.string(), role: roleSchema, disabled: z.boolean(), createdAt: isoDate });
export const peopleListResponseSchema = z.object({ items: z.array(personSchema) });
export const personParamsSchema = z.object({ username: z.string().trim().min(1).max(80) }).strict();
export const personCreateRequestSchema = z.object({
  username: z.string().trim().min(2).max(80),
  displayName: z.string().trim().max(120).default(''),
  role: roleSchema,
}).strict();
/** The generated password, shown once: never logged, never stored for replay. */
export const personWithPasswordSchema = z.object({ person: personSchema, password: z.string() });
export const personRoleRequestSchema = z.object({ role: roleSchema }).strict();

// ---- notifications

export const notificationSchema = z.object({
  /** The stream's order; the SSE `id:`. */
  seq: z.number().int(),
  articleId: id,
  headline: z.string(),
  action: z.string(),
  actor: z.string().nullable(),
  revision: z.number().int(),
  note: z.string().nullable(),
  at: isoDate,
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Older than this seq (paging back). */
  before: z.coerce.number().int().min(1).optional(),
}).strict();
export const notificationListResponseSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });
/** Marks the listed ones read, or every one up to and including `upTo`. */
export const markReadRequestSchema = z.object({ seqs: z.array(z.number().int()).max(500).optional(), upTo: z.number().int().optional() }).strict();
export const markReadResponseSchema = z.object({ marked: z.number().int(), unread: z.number().int() });
/** The stream: `id: <seq>`, `event: notification`, `data: <Notification JSON>`; `: heartbeat` comments. */
export const streamHeartbeatMs = 15_000;

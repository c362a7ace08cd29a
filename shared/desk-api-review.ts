/**
 * DeskApi schemas for the chief editor's review desk, the administrator's people screen and the
 * notifications list (`review:*`, `people:*`, `notifications:*`): the desk's calls to the
 * newsroom for them, answered with the newsroom's own shapes (shared/server-api*.ts).
 */
import { z } from 'zod';
import { checklistProblemSchema } from './checklist/checklist-problem';
import { blockChangeSchema } from './desk-api-drafts';
import { serverArticleSchema } from './server-api';
import {
  diffBaseResponseSchema,
  markReadResponseSchema,
  notificationListResponseSchema,
  notificationSchema,
  peopleListResponseSchema,
  personCreateRequestSchema,
  personRoleRequestSchema,
  personSchema,
  personWithPasswordSchema,
  reviewQueueQuerySchema,
  revisionListResponseSchema,
  reviewQueueResponseSchema,
} from './server-api-review';
import { workflowActionSchema } from './workflow';
import { limits } from './limits';

const id = z.string().min(1).max(100);
const username = z.string().trim().min(1).max(80);

export const reviewOpenResponseSchema = z.object({
  article: serverArticleSchema,
  /** What the diff is against: the last approved revision, else the first submitted one. */
  base: diffBaseResponseSchema,
  /** Block by block, base → the article as it is now (empty when there is no base). */
  changes: z.array(blockChangeSchema),
  /** The publish checklist, as the server will judge it. */
  problems: z.array(checklistProblemSchema),
  /** The public page, once the article is live (published or corrected). */
  publicUrl: z.string().nullable(),
});
export type ReviewOpen = z.infer<typeof reviewOpenResponseSchema>;

export const reviewActRequestSchema = z
  .object({
    serverId: id,
    action: workflowActionSchema,
    /** The revision the editor looked at: the newsroom refuses (409) if the article changed since. */
    revision: z.number().int().nonnegative(),
    note: z.string().trim().max(limits.noteMax).optional(),
    publishAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const notificationsNextRequestSchema = z.object({ after: z.number().int().nonnegative().nullable(), waitMs: z.number().int().min(0).max(25_000) }).strict();
export const notificationsNextResponseSchema = z.object({
  items: z.array(notificationSchema),
  /** Pass back as `after` next time. */
  cursor: z.number().int().nonnegative(),
  /** Whether the desk is connected to the newsroom's stream right now. */
  live: z.boolean(),
});
export type NotificationsNext = z.infer<typeof notificationsNextResponseSchema>;

export const reviewMethods = {
  'review:queue': { request: reviewQueueQuerySchema.partial().strict(), response: reviewQueueResponseSchema },
  'review:open': { request: z.object({ serverId: id }).strict(), response: reviewOpenResponseSchema },
  'review:act': { request: reviewActRequestSchema, response: serverArticleSchema },
  'people:list': { request: z.object({}).strict(), response: peopleListResponseSchema },
  'people:create': { request: personCreateRequestSchema, response: personWithPasswordSchema },
  'people:setRole': { request: personRoleRequestSchema.extend({ username }).strict(), response: personSchema },
  'people:disable': { request: z.object({ username }).strict(), response: personSchema },
  'people:resetPassword': { request: z.object({ username }).strict(), response: personWithPasswordSchema },
  'notifications:list': { request: z.object({ unread: z.boolean().optional() }).strict(), response: notificationListResponseSchema },
  // The desk's event stream, handed on to the page: answers at once with what is newer than
  // `after`, else when something arrives, else after `waitMs` with nothing (a long poll, so
  // IPC and web mode share it). `after: null`: only the cursor, to start from.
  'notifications:next': { request: notificationsNextRequestSchema, response: notificationsNextResponseSchema },
  'review:revisions': { request: z.object({ serverId: id }).strict(), response: revisionListResponseSchema },
  // Editors: bring back an earlier server revision as a new one (the current text stays in the history).
  'review:restore': { request: z.object({ serverId: id, revision: z.number().int().positive(), expectedRevision: z.number().int().positive() }).strict(), response: serverArticleSchema },
  'notifications:markRead': { request: z.object({ upTo: z.number().int().optional(), seqs: z.array(z.number().int()).max(500).optional() }).strict(), response: markReadResponseSchema },
} as const;

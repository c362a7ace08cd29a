import { z } from 'zod';
import { articleContentSchema, articleStatusSchema } from '../../../shared/article';
import { workflowActionSchema } from '../../../shared/workflow';

/** A job this desk queued for the draft, remembered until the outbox has delivered it. */
const pendingJobSchema = z.discriminatedUnion('kind', [
  /** A create or an update: once delivered, `content` (in the desk's media ids) is the new base. */
  z.object({ kind: z.literal('content'), jobId: z.string().min(1), content: articleContentSchema }),
  z.object({ kind: z.literal('transition'), jobId: z.string().min(1), action: workflowActionSchema }),
]);
export type PendingJob = z.infer<typeof pendingJobSchema>;

/** The newsroom's article as last seen by this desk (a reply or a pull). */
const serverSideSchema = z.object({
  revision: z.number().int(),
  status: articleStatusSchema,
  /** The last note (returned with a note). */
  note: z.string().nullable(),
  publishAt: z.string().nullable(),
  publicUrl: z.string().nullable(),
});
export type ServerSide = z.infer<typeof serverSideSchema>;

/** An image of the draft: the SHA-256 of its bytes, and the newsroom's media id once uploaded. */
const draftImageSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative(), serverId: z.string().nullable() });

/**
 * One local draft's link to the newsroom, kept in `<data>/sync/<draftId>.json`. Content is kept in
 * the desk's own media ids, so base, mine and theirs compare like with like.
 */
export const syncRecordSchema = z.object({
  version: z.literal(1),
  draftId: z.string().min(1),
  serverId: z.string().nullable(),
  /** The server revision this draft last matched, and its content: the base of a three-way merge. */
  base: z.object({ revision: z.number().int(), content: articleContentSchema }).nullable(),
  server: serverSideSchema.nullable(),
  pending: z.array(pendingJobSchema),
  /** The newsroom moved on and both sides changed the same block or field: a person settles it. */
  conflict: z.object({ serverRevision: z.number().int(), theirs: articleContentSchema, theirAuthor: z.string().nullable() }).nullable(),
  /** Local media id → its bytes' hash and server media id. */
  images: z.record(z.string(), draftImageSchema),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;

export function emptySyncRecord(draftId: string): SyncRecord {
  return { version: 1, draftId, serverId: null, base: null, server: null, pending: [], conflict: null, images: {} };
}

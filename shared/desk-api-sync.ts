/**
 * DeskApi schemas for the newsroom sync (`sync:*`): submitting a local draft through the outbox,
 * the sync state the drafts list and the article screen show, pulling the newsroom's newer
 * revisions, settling a merge, and the soft lock ("being edited by …").
 */
import { z } from 'zod';
import { articleContentSchema } from './article';
import { limits } from './limits';
import { articleLockSchema, lockHolderSchema } from './server-api';

const id = z.string().min(1).max(100);
const isoDate = z.string();

export const draftIdRequestSchema = z.object({ draftId: id }).strict();

/** Why jobs wait rather than go: no answer from the newsroom, nobody signed in, or a backoff. */
export const waitReasonSchema = z.enum(['offline', 'signed_out', 'retrying']);

/** What the outbox is sending (or waiting to send) for the draft. */
export const pendingWorkSchema = z.enum(['upload', 'create', 'update', 'transition']);

export const uploadProgressSchema = z.object({
  /** Bytes of image files sent so far, of `totalBytes` for this submit. */
  sentBytes: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  filesDone: z.number().int().nonnegative(),
  filesTotal: z.number().int().nonnegative(),
});

/**
 * One draft's standing with the newsroom, as a person is told it. `revision` is the server
 * revision the draft last matched (the merge base).
 */
export const syncStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('local_only') }),
  z.object({
    state: z.literal('waiting'),
    next: pendingWorkSchema,
    pending: z.number().int().nonnegative(),
    reason: waitReasonSchema,
    /** When the next try is due (`retrying`). */
    retryAt: isoDate.nullable(),
    lastError: z.string().nullable(),
  }),
  z.object({
    state: z.literal('sending'),
    next: pendingWorkSchema,
    pending: z.number().int().nonnegative(),
    progress: uploadProgressSchema.nullable(),
  }),
  /** The newsroom refused a job for a reason a person must fix: the server's words. */
  z.object({ state: z.literal('stopped'), message: z.string(), status: z.number().int() }),
  z.object({ state: z.literal('sent'), serverId: id, revision: z.number().int() }),
  z.object({ state: z.literal('changed_on_server'), serverId: id, revision: z.number().int(), serverRevision: z.number().int() }),
  z.object({ state: z.literal('conflict'), serverId: id, revision: z.number().int(), serverRevision: z.number().int(), conflicts: z.number().int().positive() }),
  z.object({ state: z.literal('returned'), serverId: id, revision: z.number().int(), note: z.string().nullable() }),
  z.object({ state: z.literal('approved'), serverId: id, revision: z.number().int() }),
  z.object({ state: z.literal('scheduled'), serverId: id, revision: z.number().int(), publishAt: isoDate }),
  z.object({ state: z.literal('published'), serverId: id, revision: z.number().int(), publicUrl: z.string().nullable() }),
]);
export type SyncState = z.infer<typeof syncStateSchema>;

export const syncListResponseSchema = z.object({
  /** Draft id → its sync state; drafts never sent are `local_only` (and may be left out). */
  items: z.record(id, syncStateSchema),
});

export const pullResponseSchema = z.object({
  /** Drafts brought up to the newsroom's newer revision (merged by themselves or fast-forwarded). */
  updated: z.array(id),
  /** Drafts whose merge needs a person. */
  conflicts: z.array(id),
});

// ── Merge: what a person settles, block by block and field by field ─────────────────────────

export const mergeChoiceSchema = z.enum(['mine', 'theirs', 'both']);

export const mergeConflictSchema = z.object({
  id,
  /** `body` for a block of the body, otherwise the article field's name (`headline`, `tags`, …). */
  field: z.string(),
  canKeepBoth: z.boolean(),
  /** Plain-text renderings for the side-by-side view; null where that side deleted it. */
  base: z.string().nullable(),
  mine: z.string().nullable(),
  theirs: z.string().nullable(),
});
export type MergeConflictView = z.infer<typeof mergeConflictSchema>;

export const mergeViewSchema = z.object({
  draftId: id,
  serverId: id,
  baseRevision: z.number().int(),
  serverRevision: z.number().int(),
  /** Who made the newsroom's version (display name), when known. */
  theirAuthor: z.string().nullable(),
  conflicts: z.array(mergeConflictSchema),
  /** Both sides moved blocks differently: the merged order follows mine. */
  orderConflict: z.boolean(),
});
export type MergeView = z.infer<typeof mergeViewSchema>;

export const resolveMergeRequestSchema = z
  .object({
    draftId: id,
    /** The server revision the person looked at; a newer one means a fresh merge view. */
    serverRevision: z.number().int(),
    choices: z.record(id, mergeChoiceSchema),
  })
  .strict();

export const resolveMergeResponseSchema = z.object({ content: articleContentSchema, state: syncStateSchema });

// ── Soft lock ────────────────────────────────────────────────────────────────────────────────

export const editingLockViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('held'), lock: articleLockSchema, tookOverFrom: lockHolderSchema.nullable() }),
  z.object({ state: z.literal('held_by_other'), lock: articleLockSchema }),
  /** Someone took over: the person's unsent changes are kept and become a merge. */
  z.object({ state: z.literal('lost'), by: lockHolderSchema.nullable() }),
  z.object({ state: z.literal('unavailable'), message: z.string() }),
]);
export type EditingLockView = z.infer<typeof editingLockViewSchema>;

export const lockRequestSchema = z.object({ draftId: id, takeOver: z.boolean().default(false) }).strict();

/** The sync channels, spread into `deskApi`. */
export const syncMethods = {
  // Queues the draft for review: uploads of images the newsroom lacks, create/update, transition.
  'sync:submit': { request: draftIdRequestSchema, response: syncStateSchema },
  // Queues an update of an already-sent draft without changing its workflow state.
  'sync:send': { request: draftIdRequestSchema, response: syncStateSchema },
  'sync:state': { request: draftIdRequestSchema, response: syncStateSchema },
  'sync:list': { request: z.object({}).strict(), response: syncListResponseSchema },
  // Also runs on start, on focus and every minute while signed in.
  'sync:pull': { request: z.object({}).strict(), response: pullResponseSchema },
  // A stopped queue: try again after the person fixed what the newsroom refused, or drop it.
  'sync:retry': { request: draftIdRequestSchema, response: syncStateSchema },
  'sync:discard': { request: draftIdRequestSchema, response: syncStateSchema },
  'sync:mergeView': { request: draftIdRequestSchema, response: mergeViewSchema },
  'sync:resolve': { request: resolveMergeRequestSchema, response: resolveMergeResponseSchema },
  // "Save mine as a copy": a new local draft with the person's text; the original follows the newsroom.
  'sync:saveCopy': { request: draftIdRequestSchema, response: z.object({ draftId: id }) },
  // The reporter asks the photo desk for pictures (or withdraws the ask), with a note; straight to
  // the newsroom, for a draft it already has.
  'sync:requestPhotos': {
    request: z.object({ draftId: id, needsPhotos: z.boolean(), note: z.string().trim().max(limits.noteMax).optional() }).strict(),
    response: z.object({ serverId: id, needsPhotos: z.boolean() }),
  },
  'sync:lock': { request: lockRequestSchema, response: editingLockViewSchema },
  'sync:lockState': { request: draftIdRequestSchema, response: editingLockViewSchema },
  'sync:unlock': { request: draftIdRequestSchema, response: editingLockViewSchema },
} as const;

import { z } from 'zod';
import { articleContentSchema } from '../../../shared/article';
import { workflowActionSchema } from '../../../shared/workflow';

const failureSchema = z.object({ code: z.string(), message: z.string() });

/** What a job does, as the caller asks for it. */
export const jobSpecSchema = z.discriminatedUnion('kind', [
  /** Upload an image; later jobs of the article refer to it by `localMediaId`. */
  z.object({ kind: z.literal('upload'), localMediaId: z.string().min(1).max(100), file: z.string().min(1), fields: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal('create'), content: articleContentSchema }),
  z.object({ kind: z.literal('update'), content: articleContentSchema }),
  z.object({ kind: z.literal('transition'), action: workflowActionSchema, note: z.string().optional() }),
]);
export type JobSpec = z.infer<typeof jobSpecSchema>;

const jobStateSchema = z.object({
  id: z.string().min(1),
  /** Fixed when the job is made: every retry, in this run or after a crash, sends the same key. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/),
  createdAt: z.number(),
  attempts: z.number().int().nonnegative(),
  /** Epoch ms before which the job is not tried again (backoff); null: try now. */
  notBefore: z.number().nullable(),
  lastError: failureSchema.nullable(),
});

export const outboxJobSchema = z.intersection(jobSpecSchema, jobStateSchema);
export type OutboxJob = z.infer<typeof outboxJobSchema>;

/** One article's queue as kept on disk: what the server knows of it, and the jobs still to send. */
export const articleQueueSchema = z.object({
  version: z.literal(1),
  articleKey: z.string().min(1),
  serverId: z.string().nullable(),
  /** The server revision this desk last matched (If-Match of the next update). */
  revision: z.number().int().nullable(),
  /** Local media id → the server's media id, filled in by uploads. */
  media: z.record(z.string(), z.string()),
  /** Set when the server refused a job: the queue waits for the person (retry or discard). */
  stopped: failureSchema.extend({ jobId: z.string(), status: z.number().int() }).nullable(),
  jobs: z.array(outboxJobSchema),
});
export type ArticleQueue = z.infer<typeof articleQueueSchema>;

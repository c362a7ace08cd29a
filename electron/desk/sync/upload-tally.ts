import type { z } from 'zod';
import type { uploadProgressSchema } from '../../../shared/desk-api-sync';

export type UploadTally = z.infer<typeof uploadProgressSchema>;

/** Bytes sent for one draft's queued uploads: files done count whole, the one under way by its bytes. */
export class UploadProgressBoard {
  private readonly drafts = new Map<string, Map<string, { size: number; sent: number }>>();

  /** A submit queued these uploads (job id → file size). */
  add(draftId: string, uploads: ReadonlyMap<string, number>): void {
    const jobs = this.drafts.get(draftId) ?? new Map<string, { size: number; sent: number }>();
    // The outbox may have started an upload (and reported bytes) before the submit returned.
    for (const [jobId, size] of uploads) jobs.set(jobId, { size, sent: Math.min(size, jobs.get(jobId)?.sent ?? 0) });
    this.drafts.set(draftId, jobs);
  }

  progress(draftId: string, jobId: string, sent: number, total: number): void {
    const jobs = this.drafts.get(draftId) ?? new Map<string, { size: number; sent: number }>();
    this.drafts.set(draftId, jobs);
    const job = jobs.get(jobId) ?? { size: total, sent: 0 };
    jobs.set(jobId, job);
    job.sent = Math.min(job.size, Math.max(job.sent, sent));
  }

  /** The outbox still holds `queuedJobIds`: every other tracked upload is done. */
  settle(draftId: string, queuedJobIds: ReadonlySet<string>): void {
    const jobs = this.drafts.get(draftId);
    if (!jobs) return;
    for (const [jobId, job] of jobs) if (!queuedJobIds.has(jobId)) job.sent = job.size;
    if ([...jobs.keys()].every((jobId) => !queuedJobIds.has(jobId))) this.drafts.delete(draftId);
  }

  tally(draftId: string): UploadTally | null {
    const jobs = this.drafts.get(draftId);
    if (!jobs) return null;
    let sentBytes = 0;
    let totalBytes = 0;
    let filesDone = 0;
    for (const job of jobs.values()) {
      sentBytes += job.sent;
      totalBytes += job.size;
      if (job.sent >= job.size) filesDone += 1;
    }
    return { sentBytes, totalBytes, filesDone, filesTotal: jobs.size };
  }
}

import { randomUUID } from 'node:crypto';
import type { ArticleContent } from '../../../shared/article';
import { deliverJob } from './deliver-job';
import type { Delivery } from './deliver-job';
import { systemClock } from './outbox-clock';
import type { OutboxClock } from './outbox-clock';
import { jobSpecSchema } from './outbox-job';
import type { ArticleQueue, JobSpec, OutboxJob } from './outbox-job';
import { toDiskError } from '../storage/disk-error';
import { isArticleKey, readQueues, writeQueue } from './outbox-queue-files';
import type { OutboxTransport } from './outbox-transport';
import { defaultRetryPolicy, retryDelay } from './retry-delay';
import type { RetryPolicy } from './retry-delay';

export interface OutboxOptions {
  /** `<data folder>/outbox`: one JSON file per article. */
  folder: string;
  transport: OutboxTransport;
  clock?: OutboxClock;
  /** [0, 1); injected so tests can pin the jitter. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Bytes of an image upload sent so far (for a progress bar), when the transport reports them. */
  onUploadProgress?: (articleKey: string, jobId: string, sentBytes: number, totalBytes: number) => void;
}

/** What the outbox knows of one article: the server's ids and the jobs still queued, in order. */
export interface ArticleQueueSnapshot {
  serverId: string | null;
  revision: number | null;
  media: Readonly<Record<string, string>>;
  jobs: readonly { id: string; kind: JobSpec['kind']; localMediaId?: string }[];
  stopped: { jobId: string; status: number; code: string; message: string } | null;
}

/** What a person (or the sync-state badge) is told about one article's queue. */
export type ArticleOutboxState =
  | { state: 'idle'; serverId: string | null; revision: number | null }
  | { state: 'sending' | 'waiting'; pending: number; next: JobSpec['kind']; retryAt: number | null; lastError: { code: string; message: string } | null }
  | { state: 'signed_out'; pending: number; next: JobSpec['kind'] }
  | { state: 'stopped'; pending: number; jobId: string; status: number; code: string; message: string };

type Listener = (articleKey: string) => void;

/**
 * The durable outbox. Every job is on disk before it is tried; each article's jobs go in order,
 * articles independently; a retryable failure waits (backoff, full jitter, Retry-After); a refusal
 * stops that article until the person retries or discards; a 401 pauses everything until sign-in.
 * The life of one article's queue: idle → sending → (waiting → sending)* → idle | stopped.
 */
export class Outbox {
  private readonly folder: string;
  private readonly transport: OutboxTransport;
  private readonly clock: OutboxClock;
  private readonly random: () => number;
  private readonly policy: RetryPolicy;
  private readonly onUploadProgress: OutboxOptions['onUploadProgress'];
  private readonly queues = new Map<string, ArticleQueue>();
  private readonly sending = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, { at: number; cancel(): void }>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private mode: 'closed' | 'open' | 'running' | 'signed_out' | 'closing' = 'closed';
  /** Queue files that could not be read, moved aside on open. */
  setAside: string[] = [];

  constructor(options: OutboxOptions) {
    this.folder = options.folder;
    this.transport = options.transport;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.onUploadProgress = options.onUploadProgress;
  }

  /** Loads the queues left by the last run (a crash included). Sends nothing until `start`. */
  async open(): Promise<void> {
    const loaded = await readQueues(this.folder);
    for (const queue of loaded.queues) this.queues.set(queue.articleKey, queue);
    this.setAside = loaded.setAside;
    this.mode = 'open';
  }

  start(): void {
    if (this.mode !== 'open') return;
    this.mode = 'running';
    for (const key of this.queues.keys()) this.kick(key);
  }

  /** After a 401: the person signed in again, so every paused queue goes on where it stopped. */
  signedIn(): void {
    if (this.mode !== 'signed_out') return;
    this.mode = 'running';
    for (const key of this.queues.keys()) this.kick(key);
  }

  get signedOut(): boolean {
    return this.mode === 'signed_out';
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds a job at the end of the article's queue; resolves once it is on disk. `known` seeds what
   * the server already has (a draft sent before this outbox existed).
   */
  async enqueue(articleKey: string, spec: JobSpec, known: { serverId: string; revision: number } | null = null): Promise<OutboxJob> {
    if (!isArticleKey(articleKey)) throw new Error(`Not an article key: ${articleKey}`);
    const parsed = jobSpecSchema.parse(spec);
    const queue = this.queues.get(articleKey) ?? { version: 1, articleKey, serverId: known?.serverId ?? null, revision: known?.revision ?? null, media: {}, stopped: null, jobs: [] };
    const id = randomUUID();
    const job: OutboxJob = { ...parsed, id, idempotencyKey: `outbox-${id}`, createdAt: this.clock.now(), attempts: 0, notBefore: null, lastError: null };
    queue.jobs.push(job);
    this.queues.set(articleKey, queue);
    try {
      await this.persist(queue);
    } catch (error) {
      // Not on disk, so not accepted: the caller keeps the work and is told why.
      queue.jobs = queue.jobs.filter((queued) => queued.id !== job.id);
      throw toDiskError(error, 'the job for the newsroom');
    }
    this.kick(articleKey);
    return job;
  }

  /** The person fixed what the server refused: try the stopped job again now. */
  async retry(articleKey: string): Promise<void> {
    const queue = this.queues.get(articleKey);
    if (!queue?.stopped) return;
    queue.stopped = null;
    const first = queue.jobs[0];
    if (first) Object.assign(first, { attempts: 0, notBefore: null });
    await this.persist(queue);
    this.kick(articleKey);
  }

  /**
   * After a conflict (the update was refused because the newsroom moved on): the person merged
   * their changes with the server's revision `serverRevision`, so the stopped update is replaced
   * by the merged content, sent against that revision, in the same place in the queue.
   */
  async replaceStoppedUpdate(articleKey: string, content: ArticleContent, serverRevision: number): Promise<string> {
    const queue = this.queues.get(articleKey);
    const index = queue?.jobs.findIndex((job) => job.id === queue.stopped?.jobId) ?? -1;
    const stoppedJob = queue?.jobs[index];
    if (!queue || stoppedJob?.kind !== 'update') throw new Error('No stopped update to replace for this article.');
    const id = randomUUID();
    // A new request, so a new key: the old one belongs to the refused update.
    queue.jobs[index] = { ...stoppedJob, content, id, idempotencyKey: `outbox-${id}`, attempts: 0, notBefore: null, lastError: null };
    queue.revision = serverRevision;
    queue.stopped = null;
    await this.persist(queue);
    this.kick(articleKey);
    return id;
  }

  /**
   * The desk took the newsroom's revision `revision` into the draft (a merge, a pull): the next
   * update is sent against it. Queued creates, updates and workflow steps are taken out (their
   * specs are returned, so the caller can queue the merged content and then the steps again);
   * uploads stay. Refused while the article's first job is being sent.
   */
  async rebase(articleKey: string, serverId: string, revision: number): Promise<JobSpec[]> {
    if (!isArticleKey(articleKey)) throw new Error(`Not an article key: ${articleKey}`);
    if (this.sending.has(articleKey)) throw new Error('A job of this article is being sent; rebase after it.');
    const queue = this.queues.get(articleKey) ?? { version: 1, articleKey, serverId, revision, media: {}, stopped: null, jobs: [] };
    const removed = queue.jobs.filter((job) => job.kind !== 'upload');
    queue.jobs = queue.jobs.filter((job) => job.kind === 'upload');
    queue.serverId = serverId;
    queue.revision = revision;
    queue.stopped = null;
    this.queues.set(articleKey, queue);
    await this.persist(queue);
    this.kick(articleKey);
    return removed.map((job) => jobSpecSchema.parse(job));
  }

  snapshot(articleKey: string): ArticleQueueSnapshot | null {
    const queue = this.queues.get(articleKey);
    if (!queue) return null;
    const jobs = queue.jobs.map((job) => ({ id: job.id, kind: job.kind, ...(job.kind === 'upload' ? { localMediaId: job.localMediaId } : {}) }));
    const stopped = queue.stopped ? { jobId: queue.stopped.jobId, status: queue.stopped.status, code: queue.stopped.code, message: queue.stopped.message } : null;
    return { serverId: queue.serverId, revision: queue.revision, media: { ...queue.media }, jobs, stopped };
  }

  /** Drops one job (the person gave up on it); a queue stopped on that job goes on with the next. */
  async discard(articleKey: string, jobId: string): Promise<void> {
    const queue = this.queues.get(articleKey);
    if (!queue || (this.sending.has(articleKey) && queue.jobs[0]?.id === jobId)) return;
    queue.jobs = queue.jobs.filter((job) => job.id !== jobId);
    if (queue.stopped?.jobId === jobId) queue.stopped = null;
    await this.persist(queue);
    this.kick(articleKey);
  }

  state(articleKey: string): ArticleOutboxState {
    const queue = this.queues.get(articleKey);
    const first = queue?.jobs[0];
    if (!queue || !first) return { state: 'idle', serverId: queue?.serverId ?? null, revision: queue?.revision ?? null };
    const pending = queue.jobs.length;
    if (queue.stopped) return { state: 'stopped', pending, ...queue.stopped };
    if (this.mode === 'signed_out') return { state: 'signed_out', pending, next: first.kind };
    return { state: this.sending.has(articleKey) ? 'sending' : 'waiting', pending, next: first.kind, retryAt: first.notBefore, lastError: first.lastError };
  }

  articleKeys(): string[] {
    return [...this.queues.keys()];
  }

  /** Resolves once no attempt is under way and every write has reached the disk. */
  async settled(): Promise<void> {
    while (this.sending.size > 0 || this.writes.size > 0) {
      await Promise.all([...this.sending.values(), ...[...this.writes.values()].map((write) => write.catch(() => {}))]);
    }
  }

  /** Stops sending; resolves when the attempts under way have finished and been written down. */
  async close(): Promise<void> {
    this.mode = 'closing';
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    await this.settled();
    this.mode = 'closed';
  }

  private kick(articleKey: string): void {
    if (this.mode !== 'running' || this.sending.has(articleKey)) return;
    const queue = this.queues.get(articleKey);
    const job = queue?.jobs[0];
    if (!queue || !job || queue.stopped) return;
    const wait = (job.notBefore ?? 0) - this.clock.now();
    if (wait > 0) {
      if (this.timers.get(articleKey)?.at === job.notBefore) return;
      this.timers.get(articleKey)?.cancel();
      const timer = this.clock.setTimer(() => {
        this.timers.delete(articleKey);
        this.kick(articleKey);
      }, wait);
      this.timers.set(articleKey, { at: job.notBefore ?? 0, cancel: () => timer.cancel() });
      return;
    }
    this.timers.get(articleKey)?.cancel();
    this.timers.delete(articleKey);
    const attempt = this.attempt(queue, job).finally(() => {
      this.sending.delete(articleKey);
      this.emit(articleKey);
      this.kick(articleKey);
    });
    this.sending.set(articleKey, attempt);
    this.emit(articleKey);
  }

  private async attempt(queue: ArticleQueue, job: OutboxJob): Promise<void> {
    const progress = this.onUploadProgress;
    const onProgress = progress && job.kind === 'upload' ? (sent: number, total: number) => progress(queue.articleKey, job.id, sent, total) : undefined;
    const delivery = await deliverJob(this.transport, queue, job, onProgress).catch((error: unknown): Delivery => ({
      ok: false,
      error: { kind: 'retryable', code: 'internal', message: error instanceof Error ? error.message : String(error) },
    }));
    if (delivery.ok) {
      delivery.apply(queue);
      queue.jobs = queue.jobs.filter((queued) => queued.id !== job.id);
    } else if (delivery.error.kind === 'needs_sign_in') {
      // Not the job's fault: it keeps its place and its attempt count, and nothing is written.
      if (this.mode === 'running') this.mode = 'signed_out';
      return;
    } else if (delivery.error.kind === 'refused') {
      const { status, code, message } = delivery.error;
      queue.stopped = { jobId: job.id, status, code, message };
    } else {
      job.attempts += 1;
      job.notBefore = this.clock.now() + retryDelay(job.attempts, this.random, this.policy, delivery.error.retryAfterMs);
      job.lastError = { code: delivery.error.code, message: delivery.error.message };
    }
    await this.persist(queue).catch(() => {
      // The disk refused the write. Memory is ahead of the file: a retry (now, or after a restart
      // replaying from the file) sends the same key, which the server recognises — never twice.
      job.notBefore = this.clock.now() + this.policy.maxDelayMs;
    });
  }

  /** Writes one article's queue; writes of one article are chained so the last state wins. */
  private persist(queue: ArticleQueue): Promise<void> {
    const previous = this.writes.get(queue.articleKey) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => writeQueue(this.folder, queue));
    this.writes.set(queue.articleKey, next);
    return next.finally(() => {
      if (this.writes.get(queue.articleKey) === next) this.writes.delete(queue.articleKey);
    });
  }

  private emit(articleKey: string): void {
    for (const listener of this.listeners) listener(articleKey);
  }
}

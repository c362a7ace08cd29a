import { join } from 'node:path';
import { articleContentSchema, emptyArticleContent } from '../../../shared/article';
import type { ArticleContent } from '../../../shared/article';
import type { SyncState } from '../../../shared/desk-api-sync';
import { resolveMerge } from '../../../shared/merge/resolve-merge';
import { stableKey } from '../../../shared/merge/stable-key';
import type { ServerArticle } from '../../../shared/server-api';
import { historyResponseSchema, serverArticleSchema } from '../../../shared/server-api';
import { DeskError } from '../../../shared/result';
import { statusAfterEdit, transitions } from '../../../shared/workflow';
import type { WorkflowAction } from '../../../shared/workflow';
import type { DraftStore } from '../drafts/draft-store';
import { Outbox } from '../outbox/outbox';
import type { OutboxClock } from '../outbox/outbox-clock';
import type { JobSpec } from '../outbox/outbox-job';
import type { RetryPolicy } from '../outbox/retry-delay';
import { withServerMediaIds } from '../outbox/with-server-media-ids';
import { imageIdsOf, localImageFile } from './draft-images';
import { mergeOf } from './merge-count';
import { serverIdsOf, toLocalTerms } from './media-terms';
import { publicUrlOf } from './public-url';
import { emptySyncRecord } from './sync-record';
import type { PendingJob, ServerSide, SyncRecord } from './sync-record';
import { SyncRecordFiles } from './sync-record-files';
import { syncStateOf } from './sync-state';
import type { SyncConnection } from './sync-transport';
import { UploadProgressBoard } from './upload-tally';

export interface SyncEngineOptions {
  dataDir: string;
  drafts: DraftStore;
  connection: SyncConnection;
  /** The public site's address, for a published article's link (COPYDESK_SITE_URL). */
  siteUrl?: () => string | undefined;
  clock?: OutboxClock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
}

/** What came of taking the newsroom's newer revision into a draft. */
export type Integration = 'unchanged' | 'updated' | 'conflict';

/**
 * The desk's sync engine: submits drafts through the durable outbox, keeps one sync record per
 * draft (server id, merge base, what the newsroom last said), and takes the newsroom's newer
 * revisions in by three-way merge. Work on one draft runs one step at a time.
 */
export class SyncEngine {
  readonly records: SyncRecordFiles;
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
  readonly connection: SyncConnection;
  private readonly mediaFolder: string;
  private readonly siteUrl: () => string | undefined;
  /** Content hash → the newsroom's media id, for every image any draft of this desk uploaded. */
  private readonly knownMedia = new Map<string, string>();
  private readonly uploads = new UploadProgressBoard();
  private readonly serial = new Map<string, Promise<unknown>>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(options: SyncEngineOptions) {
    this.drafts = options.drafts;
    this.connection = options.connection;
    this.mediaFolder = join(options.dataDir, 'media');
    this.siteUrl = options.siteUrl ?? (() => undefined);
    this.records = new SyncRecordFiles(options.dataDir);
    this.outbox = new Outbox({
      folder: join(options.dataDir, 'outbox'),
      transport: options.connection.transport,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      onUploadProgress: (draftId, jobId, sent, total) => this.uploads.progress(draftId, jobId, sent, total),
    });
  }

  /** Loads the records and the queues a previous run (or a crash) left; sends nothing yet. */
  async open(): Promise<void> {
    await this.records.open();
    await this.outbox.open();
    for (const record of this.records.all()) {
      for (const image of Object.values(record.images)) if (image.serverId !== null) this.knownMedia.set(image.hash, image.serverId);
    }
    // A crash may have come between the outbox's write and the record's: catch the record up.
    for (const record of this.records.all()) await this.reconcile(record.draftId, false);
  }

  start(): void {
    this.unsubscribe.push(this.outbox.onChange((draftId) => void this.inOrder(draftId, () => this.reconcile(draftId)).catch(() => {})));
    this.outbox.start();
  }

  /** The person signed in (again): paused queues go on. */
  signedIn(): void {
    this.outbox.signedIn();
  }

  async close(): Promise<void> {
    for (const stop of this.unsubscribe.splice(0)) stop();
    await this.outbox.close();
    await Promise.all([...this.serial.values()].map((work) => work.catch(() => {})));
    await this.records.flush();
  }

  /** Waits until no job is being sent and every record write is done (tests, benchmarks). */
  async settled(): Promise<void> {
    do {
      await this.outbox.settled();
      await Promise.all([...this.serial.values()].map((work) => work.catch(() => {})));
    } while (this.serial.size > 0);
  }

  // ── Submit and send ───────────────────────────────────────────────────────────────────────────

  /** Queues the draft for review: images the newsroom lacks, create or update, then `submit`. */
  submit(draftId: string): Promise<SyncState> {
    return this.inOrder(draftId, async () => {
      const record = this.records.get(draftId) ?? emptySyncRecord(draftId);
      const status = record.server?.status ?? null;
      // Editing an approved or published article sends it back to review by itself.
      const action: WorkflowAction | null = status === null || status === 'draft' || status === 'changes_requested' ? 'submit' : null;
      await this.queueDraft(record, action ? [{ kind: 'transition', action }] : []);
      return this.state(draftId);
    });
  }

  /** Queues an update of an already-sent draft without a workflow step. */
  send(draftId: string): Promise<SyncState> {
    return this.inOrder(draftId, async () => {
      const record = this.records.get(draftId);
      if (!record?.serverId && !record?.pending.length) throw new DeskError('bad_request', 'This draft has not been sent to the newsroom yet: submit it for review first.');
      await this.queueDraft(record, []);
      return this.state(draftId);
    });
  }

  private async queueDraft(record: SyncRecord, after: JobSpec[]): Promise<void> {
    if (record.conflict) throw new DeskError('conflict', 'The newsroom changed this article too: settle the differences in the merge view first, or save yours as a copy.');
    const draft = await this.drafts.get(record.draftId);
    await this.queueContent(record, articleContentSchema.parse(draft), after);
  }

  /** Queues uploads of images the newsroom lacks, the create or update, then `after`. */
  private async queueContent(record: SyncRecord, content: ArticleContent, after: JobSpec[]): Promise<void> {
    const draftId = record.draftId;
    const next: SyncRecord = structuredClone(record);
    const snapshot = this.outbox.snapshot(draftId);
    const queuedUploads = new Set(snapshot?.jobs.flatMap((job) => (job.localMediaId ? [job.localMediaId] : [])) ?? []);
    const uploadingHash = new Map<string, string>();
    for (const [localId, image] of Object.entries(next.images)) if (queuedUploads.has(localId)) uploadingHash.set(image.hash, localId);
    const aliases: Record<string, string> = {};
    const uploads: { localId: string; file: string; size: number }[] = [];
    for (const mediaId of imageIdsOf(content)) {
      const known = next.images[mediaId];
      const local = known ? null : await localImageFile(this.mediaFolder, mediaId);
      if (!known && !local) continue;
      const hash = known?.hash ?? local?.hash ?? '';
      const serverId = known?.serverId ?? this.knownMedia.get(hash) ?? null;
      next.images[mediaId] = { hash, size: known?.size ?? local?.size ?? 0, serverId };
      if (serverId !== null || queuedUploads.has(mediaId)) continue;
      const twin = uploadingHash.get(hash);
      if (twin !== undefined) {
        aliases[mediaId] = twin;
        continue;
      }
      const file = local ?? (await localImageFile(this.mediaFolder, mediaId));
      if (!file) throw new DeskError('not_found', 'An image of this draft is missing from the media folder: put it back or remove it from the article, then send again.');
      uploadingHash.set(hash, mediaId);
      uploads.push({ localId: mediaId, file: file.file, size: file.size });
    }
    const serverContent = withServerMediaIds(withServerMediaIds(content, aliases), serverIdsOf(next, this.knownMedia));
    // The record first: after a crash it knows which queued job carries which content.
    const jobs: { spec: JobSpec; pending: (jobId: string) => PendingJob | null }[] = [
      ...uploads.map((upload) => ({ spec: { kind: 'upload', localMediaId: upload.localId, file: upload.file, fields: {} } satisfies JobSpec, pending: () => null })),
      { spec: { kind: next.serverId === null && !snapshot?.serverId && !next.pending.some((entry) => entry.kind === 'content') ? 'create' : 'update', content: serverContent }, pending: (jobId: string) => ({ kind: 'content', jobId, content }) },
      ...after.map((spec) => ({ spec, pending: (jobId: string): PendingJob | null => (spec.kind === 'transition' ? { kind: 'transition', jobId, action: spec.action } : null) })),
    ];
    const created = new Map<string, number>();
    for (const { spec, pending } of jobs) {
      // Saved before each job is queued, so a crash never leaves a job the record cannot explain.
      await this.records.put(next);
      const job = await this.outbox.enqueue(draftId, spec, next.serverId !== null && next.base ? { serverId: next.serverId, revision: next.base.revision } : null);
      const entry = pending(job.id);
      if (entry) next.pending.push(entry);
      if (spec.kind === 'upload') created.set(job.id, uploads.find((upload) => upload.localId === spec.localMediaId)?.size ?? 0);
    }
    await this.records.put(next);
    if (created.size > 0) this.uploads.add(draftId, created);
  }

  // ── State ─────────────────────────────────────────────────────────────────────────────────────

  async state(draftId: string): Promise<SyncState> {
    const record = this.records.get(draftId);
    const conflicts = record?.conflict ? await this.conflictsOf(record) : 0;
    return syncStateOf({ record, outbox: this.outbox.state(draftId), signedIn: this.connection.signedIn(), conflicts, progress: this.uploads.tally(draftId) });
  }

  async list(): Promise<Record<string, SyncState>> {
    const items: Record<string, SyncState> = {};
    const ids = new Set([...this.records.all().map((record) => record.draftId), ...this.outbox.articleKeys()]);
    for (const id of ids) if (this.drafts.record(id)) items[id] = await this.state(id);
    return items;
  }

  /** Counted against the draft as it is now: the person may have edited since the merge. */
  private async conflictsOf(record: SyncRecord): Promise<number> {
    if (!record.conflict) return 0;
    const mine = articleContentSchema.parse(await this.drafts.get(record.draftId));
    return mergeOf(record.base?.content ?? emptyArticleContent(mine.language), mine, record.conflict.theirs).conflicts;
  }

  // ── Following the outbox ──────────────────────────────────────────────────────────────────────

  /** Catches the record up with the outbox: ids, uploaded images, delivered jobs (the new base). */
  private async reconcile(draftId: string, mayFetch = true): Promise<void> {
    const snapshot = this.outbox.snapshot(draftId);
    const record = this.records.get(draftId);
    if (!snapshot || !record) return;
    const next: SyncRecord = structuredClone(record);
    next.serverId = snapshot.serverId ?? next.serverId;
    for (const [localId, serverId] of Object.entries(snapshot.media)) {
      const image = next.images[localId];
      if (!image) continue;
      image.serverId = serverId;
      this.knownMedia.set(image.hash, serverId);
    }
    const queued = new Set(snapshot.jobs.map((job) => job.id));
    this.uploads.settle(draftId, queued);
    const delivered = next.pending.filter((entry) => !queued.has(entry.jobId));
    next.pending = next.pending.filter((entry) => queued.has(entry.jobId));
    for (const entry of delivered) {
      const server = next.server ?? this.serverSide(null, snapshot.revision ?? 1, 'draft');
      if (entry.kind === 'content' && snapshot.revision !== null) {
        next.base = { revision: snapshot.revision, content: entry.content };
        next.server = { ...server, revision: snapshot.revision, status: next.server ? statusAfterEdit(server.status) : 'draft' };
      }
      if (entry.kind === 'transition') next.server = { ...server, status: transitions[entry.action].to, note: null };
    }
    if (stableKey(next) !== stableKey(record)) await this.records.put(next);
    if (mayFetch && this.stoppedByNewer(draftId) && !next.conflict) await this.takeInNewer(draftId);
  }

  /** The draft's queue stopped on an update the newsroom refused as stale (409). */
  stoppedByNewer(draftId: string): boolean {
    const snapshot = this.outbox.snapshot(draftId);
    const stopped = snapshot?.stopped;
    return stopped?.status === 409 && snapshot?.jobs.find((job) => job.id === stopped.jobId)?.kind === 'update';
  }

  /** The update was refused because the newsroom moved on: fetch theirs and merge. */
  async takeInNewer(draftId: string): Promise<Integration | null> {
    const serverId = this.records.get(draftId)?.serverId;
    if (!serverId) return null;
    const theirs = await this.fetchArticle(serverId);
    return theirs ? this.integrate(draftId, theirs) : null;
  }

  /** The newsroom's article content in this desk's media ids. */
  inLocalTerms(article: ServerArticle, record: SyncRecord): ArticleContent {
    return toLocalTerms(articleContentSchema.parse(article), record, this.knownMedia);
  }

  async fetchArticle(serverId: string): Promise<ServerArticle | null> {
    const result = await this.connection.transport.call('articles:get', { params: { id: serverId }, headers: {} });
    if (!result.ok) return null;
    const article = serverArticleSchema.safeParse(result.value);
    return article.success ? article.data : null;
  }

  serverSide(article: ServerArticle | null, revision: number, status: ServerSide['status']): ServerSide {
    if (!article) return { revision, status, note: null, publishAt: null, publicUrl: null };
    const published = article.status === 'published' || article.status === 'corrected';
    return {
      revision: article.revision,
      status: article.status,
      note: article.notes.at(-1)?.text ?? null,
      publishAt: article.publishAt,
      publicUrl: published ? publicUrlOf(this.siteUrl(), article.slug) : null,
    };
  }

  /**
   * Takes the newsroom's revision into the draft: unchanged here since the base → theirs; changed
   * on both sides → three-way merge, saved and queued when it merged by itself, otherwise kept as a
   * conflict for a person. The draft's text is kept in History before it is replaced.
   */
  async integrate(draftId: string, article: ServerArticle): Promise<Integration> {
    const record = this.records.get(draftId);
    if (!record) return 'unchanged';
    const next: SyncRecord = { ...structuredClone(record), server: this.serverSide(article, article.revision, article.status) };
    const theirs = this.inLocalTerms(article, next);
    if (next.base && article.revision <= next.base.revision) {
      await this.records.put(next);
      return 'unchanged';
    }
    const mine = articleContentSchema.parse(await this.drafts.get(draftId));
    const base = next.base?.content ?? emptyArticleContent(mine.language);
    const { merge, conflicts } = mergeOf(base, mine, theirs);
    if (conflicts > 0) {
      next.conflict = { serverRevision: article.revision, theirs, theirAuthor: await this.lastEditor(article.id) };
      await this.records.put(next);
      return 'conflict';
    }
    const settled = resolveMerge(merge, {});
    if (!settled.ok) throw new Error('A merge without conflicts left conflicts unsettled.');
    await this.adopt(next, article.revision, theirs, settled.content, mine);
    return 'updated';
  }

  /**
   * The draft becomes `content` on top of the newsroom's revision `revision` (whose content is
   * `theirs`): written (History keeps what it replaced), the base moved, and, if it differs from
   * theirs, queued as an update against that revision. Queued workflow steps follow it again.
   */
  async adopt(record: SyncRecord, revision: number, theirs: ArticleContent, content: ArticleContent, mine: ArticleContent, keepSteps = true): Promise<void> {
    const serverId = record.serverId;
    if (!serverId) throw new Error('Only a draft on the newsroom can take its revision.');
    if (stableKey(content) !== stableKey(mine)) await this.writeDraft(record.draftId, content);
    const steps = await this.outbox.rebase(record.draftId, serverId, revision);
    const next: SyncRecord = { ...record, base: { revision, content: theirs }, conflict: null, pending: record.pending.filter((entry) => this.outbox.snapshot(record.draftId)?.jobs.some((job) => job.id === entry.jobId)) };
    await this.records.put(next);
    const after = keepSteps ? steps.filter((spec) => spec.kind === 'transition') : [];
    if (stableKey(content) !== stableKey(theirs)) await this.queueContent(next, content, after);
    else for (const spec of after) await this.queueStep(next, spec);
  }

  private async queueStep(record: SyncRecord, spec: JobSpec): Promise<void> {
    const job = await this.outbox.enqueue(record.draftId, spec);
    if (spec.kind !== 'transition') return;
    const current = this.records.get(record.draftId) ?? record;
    await this.records.put({ ...current, pending: [...current.pending, { kind: 'transition', jobId: job.id, action: spec.action }] });
  }

  private async writeDraft(draftId: string, content: ArticleContent): Promise<void> {
    await this.drafts.serialize(draftId, async () => {
      const current = await this.drafts.read(draftId, 'drafts');
      await this.drafts.takeRevision(current, 'before-newsroom');
      const updated = await this.drafts.writeContent(current, content);
      await this.drafts.takeRevision(updated, 'newsroom');
    });
  }

  private async lastEditor(serverId: string): Promise<string | null> {
    const result = await this.connection.transport.call('articles:history', { params: { id: serverId }, headers: {} });
    const history = result.ok ? historyResponseSchema.safeParse(result.value) : null;
    if (!history?.success) return null;
    return history.data.items.findLast((entry) => entry.action === 'edit' || entry.action === 'create')?.actor ?? null;
  }

  /** Runs `work` after every earlier step on the same draft. */
  inOrder<T>(draftId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.serial.get(draftId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    const settled = next.catch(() => {});
    this.serial.set(draftId, settled);
    void settled.then(() => {
      if (this.serial.get(draftId) === settled) this.serial.delete(draftId);
    });
    return next;
  }
}

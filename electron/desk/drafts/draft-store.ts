import { ulid } from 'ulid';
import { emptyArticleContent, type Article, type ArticleContent, type Language } from '../../../shared/article';
import type { DraftSummary, SavedDraft } from '../../../shared/desk-api';
import { DeskError } from '../../../shared/result';
import { HistoryStore, type HistoryPolicy, type RevisionInfo, type RevisionReason } from '../history/history-store';
import { DraftCatalog, type CatalogOptions } from './draft-catalog';
import { DamagedDraftError, DraftFiles, type DraftPlace } from './draft-files';
import type { DraftRecord } from './draft-journal';
import { QuarantineNotices } from './quarantine-notices';

export interface DraftStoreOptions {
  now?: () => Date;
  history?: HistoryPolicy;
  /** An autosave takes a revision when the last one is older than this ("every few minutes"). */
  revisionIntervalMs?: number;
  /** Where the search index is rebuilt when it has to be (see CatalogOptions). */
  index?: CatalogOptions;
}

/**
 * Drafts on the reporter's own machine: one lowdb JSON file per draft, written durably, with a
 * journal of summaries and a search index beside them, revisions in `history/`, and damaged
 * files moved to `quarantine/`. Writes to one draft run one after another; `close()` waits for
 * all of them.
 */
export class DraftStore {
  readonly files: DraftFiles;
  readonly catalog: DraftCatalog;
  readonly history: HistoryStore;
  readonly notices: QuarantineNotices;
  readonly now: () => Date;
  private readonly revisionIntervalMs: number;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly lastRevisionAt = new Map<string, number>();
  // The drafts being edited, as last written: an autosave need not read and re-validate its
  // draft from disk each time (this process holds the folder lock, so nobody else writes it).
  private readonly recent = new Map<string, Article>();
  /** When an editor (drafts:save) last wrote each draft: the desk's own pulls leave those to the page. */
  private readonly editorSaves = new Map<string, number>();

  constructor(dataDir: string, options: DraftStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.revisionIntervalMs = options.revisionIntervalMs ?? 3 * 60 * 1000;
    this.files = new DraftFiles(dataDir);
    this.history = new HistoryStore(dataDir, this.now, options.history);
    this.notices = new QuarantineNotices(this.files.folders.quarantine);
    this.catalog = new DraftCatalog(this.files, this.now, (id, place) => this.quarantine(id, place), options.index);
  }

  get folder(): string {
    return this.files.folders.drafts;
  }

  async open(): Promise<void> {
    await this.files.create();
    await this.catalog.load();
  }

  async create(language: Language = 'zh-Hant'): Promise<Article> {
    const at = this.now().toISOString();
    const article: Article = { id: ulid(), ...emptyArticleContent(language), status: 'draft', revision: 1, createdAt: at, updatedAt: at, approvals: [], notes: [] };
    return this.serialize(article.id, async () => {
      await this.files.write(article);
      this.catalog.put(article, null);
      return article;
    });
  }

  async get(id: string): Promise<Article> {
    return this.read(id, 'drafts');
  }

  /** An autosave, or an explicit save (Ctrl/Cmd+S), which always takes a revision. */
  async save(id: string, content: ArticleContent, explicit = false): Promise<SavedDraft> {
    this.editorSaves.set(id, Date.now());
    return this.serialize(id, async () => {
      const current = this.recent.get(id) ?? (await this.read(id, 'drafts'));
      const updated = await this.writeContent(current, content);
      const due = this.now().getTime() - (await this.lastRevisionTime(id)) >= this.revisionIntervalMs;
      if (explicit || due) await this.takeRevision(updated, explicit ? 'explicit' : 'interval');
      return { id, revision: updated.revision, updatedAt: updated.updatedAt };
    });
  }

  /** When an editor last saved the draft (ms), if it did since the desk started: it may be open on screen. */
  lastEditorSave(id: string): number | undefined {
    return this.editorSaves.get(id);
  }

  /** Newest first, without the drafts in the trash. */
  list(): DraftSummary[] {
    return [...this.catalog.records.values()].filter((record) => record.trashedAt === null).map(summaryOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * Restores a revision: the current text is kept as a revision first (`replacedRevisionId`:
   * restoring that one undoes the restore), and the restored one too.
   */
  async restore(id: string, revisionId: string): Promise<SavedDraft & { replacedRevisionId: string }> {
    return this.serialize(id, async () => {
      const current = await this.read(id, 'drafts');
      const { content } = await this.history.content(id, revisionId);
      const replaced = await this.takeRevision(current, 'before-restore');
      const updated = await this.writeContent(current, content);
      await this.takeRevision(updated, 'restore');
      return { id, revision: updated.revision, updatedAt: updated.updatedAt, replacedRevisionId: replaced.id };
    });
  }

  /** Runs `work` after every earlier write to the same draft; `close()` waits for all. */
  serialize<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    const settled = next.catch(() => {});
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  /** Drafts with a write still in progress (a restart now could lose it). */
  get pendingWrites(): number {
    return this.queues.size;
  }

  async flush(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  async close(): Promise<void> {
    await this.flush();
    await this.catalog.close();
  }

  record(id: string): DraftRecord | undefined {
    return this.catalog.records.get(id);
  }

  async read(id: string, place: DraftPlace): Promise<Article> {
    let article: Article | null;
    try {
      article = await this.files.read(id, place);
    } catch (error) {
      if (!(error instanceof DamagedDraftError)) throw error;
      const headline = this.record(id)?.headline || id;
      await this.quarantine(id, place);
      throw new DeskError(
        'corrupt',
        `The draft “${headline}” was damaged on disk. It was moved to the quarantine folder; restore its last good revision from the drafts list.`,
      );
    }
    if (article === null) throw new DeskError('not_found', `No draft with id ${id}. It may have been deleted.`);
    return article;
  }

  async writeContent(current: Article, content: ArticleContent, place: DraftPlace = 'drafts'): Promise<Article> {
    const updated: Article = { ...current, ...content, revision: current.revision + 1, updatedAt: this.now().toISOString() };
    this.recent.delete(current.id);
    await this.files.write(updated, place);
    if (place === 'drafts') this.remember(updated);
    this.catalog.put(updated, place === 'trash' ? (this.record(current.id)?.trashedAt ?? this.now().toISOString()) : null);
    return updated;
  }

  /** Forgets a cached draft: it moved (trash, quarantine) or was replaced on disk. */
  forgetCached(id: string): void {
    this.recent.delete(id);
  }

  private remember(article: Article): void {
    this.recent.delete(article.id);
    this.recent.set(article.id, article);
    const oldest = this.recent.keys().next();
    if (this.recent.size > 20 && !oldest.done) this.recent.delete(oldest.value);
  }

  async takeRevision(article: Article, reason: RevisionReason): Promise<RevisionInfo> {
    const info = await this.history.take(article.id, article.revision, reason, article);
    this.lastRevisionAt.set(article.id, Date.parse(info.takenAt));
    return info;
  }

  private async lastRevisionTime(id: string): Promise<number> {
    const known = this.lastRevisionAt.get(id);
    if (known !== undefined) return known;
    const latest = await this.history.latest(id);
    const at = latest ? Date.parse(latest.takenAt) : 0;
    this.lastRevisionAt.set(id, at);
    return at;
  }

  private async quarantine(id: string, place: DraftPlace): Promise<void> {
    this.recent.delete(id);
    const at = this.now();
    const headline = this.record(id)?.headline ?? '';
    const file = await this.files.quarantine(id, place, at);
    await this.notices.add({ id, headline, file, quarantinedAt: at.toISOString() });
    this.catalog.forget(id);
  }
}

export function summaryOf(record: DraftRecord): DraftSummary {
  const { id, headline, language, status, revision, updatedAt, createdAt } = record;
  return { id, headline, language, status, revision, updatedAt, createdAt };
}

export function summarize(article: Article): DraftSummary {
  const { id, headline, language, status, revision, updatedAt, createdAt } = article;
  return { id, headline, language, status, revision, updatedAt, createdAt };
}

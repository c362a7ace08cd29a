import { join } from 'node:path';
import type { Article } from '../../../shared/article';
import { nodeText } from '../../../shared/diff/article-blocks';
import { DraftTermsCalculator, type DraftTerms } from '../search/draft-terms';
import { readIndexSnapshot, writeIndexSnapshot, type IndexedVersion, type IndexSnapshot } from '../search/index-snapshot';
import type { ReindexResult, ReindexRunner } from '../search/reindex-process';
import { currentTermsFile, snapshotPath, termsFilePath } from '../search/term-files';
import { forEachLimited } from '../storage/for-each-limited';
import { SearchIndex } from '../search/search-index';
import { writeFileAtomically } from '../storage/durable-json-file';
import { DamagedDraftError, type DraftFiles, type DraftPlace } from './draft-files';
import { DraftJournal, type DraftRecord } from './draft-journal';

// Few at a time: the start-up index load must leave the disk and the thread pool to the first
// page of the list and to the person's first saves.
const parallelReads = 4;
const excerptLength = 200;
// After reading this many term files at start, a snapshot is written so the next start is quick.
const snapshotAfterReads = 200;

export type DamagedDraftHandler = (id: string, place: DraftPlace) => Promise<void>;

export interface CatalogOptions {
  /** Rebuilds the index elsewhere (a helper process) when there is no snapshot to start from. */
  reindex?: ReindexRunner;
  /** Drafts from which a start without snapshot uses `reindex` (default: as many as make a start write a snapshot). */
  reindexFrom?: number;
}

/**
 * Everything known about all drafts without opening them: the journal of summaries (for the
 * list, ready at once) and the search index, loaded in the background from the snapshot
 * written at the last close plus the term files of drafts saved since. Any draft newer than
 * its indexed version — a crash between writes, or a file changed outside the app — is read
 * again, and a damaged one is handed to `onDamaged` (quarantine).
 */
export class DraftCatalog {
  records = new Map<string, DraftRecord>();
  readonly index = new SearchIndex();
  indexReady: Promise<void> = Promise.resolve();
  /** Every draft file checked against its indexed version (damaged ones quarantined). */
  verified: Promise<void> = Promise.resolve();
  // The revision of each draft as it is in the index, for the snapshot.
  private readonly indexedVersions = new Map<string, IndexedVersion>();
  private openGate: () => void = () => {};
  private readonly calculator = new DraftTermsCalculator();
  private readonly journal: DraftJournal;
  private readonly files: DraftFiles;
  private readonly onDamaged: DamagedDraftHandler;
  private readonly now: () => Date;
  // Drafts saved since start: their index entry is newer than anything on disk.
  private readonly fresh = new Set<string>();
  private readonly fromSnapshot = new Set<string>();
  // Whether the index differs from the snapshot on disk.
  private indexChanged = false;
  // Index, journal and term-file updates run here, after the draft itself is safely written, so
  // an autosave does not wait for them; search and close wait for this queue.
  // It opens once the start-up index load is done, so every index change applies on top of it.
  private background: Promise<void> = new Promise((resolve) => (this.openGate = resolve));

  /** The helper process's report, when the last start rebuilt the index with it. */
  lastReindex: ReindexResult | null = null;
  private readonly options: CatalogOptions;

  constructor(files: DraftFiles, now: () => Date, onDamaged: DamagedDraftHandler, options: CatalogOptions = {}) {
    this.options = options;
    this.files = files;
    this.now = now;
    this.onDamaged = onDamaged;
    this.journal = new DraftJournal(join(files.folders.index, 'drafts.ndjson'));
  }

  async load(): Promise<void> {
    this.records = await this.journal.load();
    const inDrafts = await this.files.idsAtStart('drafts');
    const inTrash = await this.files.idsAtStart('trash');
    const present = new Set([...inDrafts, ...inTrash]);
    for (const id of [...this.records.keys()]) {
      if (!present.has(id)) this.forget(id);
    }
    const trashed = new Set(inTrash);
    for (const id of inDrafts) {
      const record = this.records.get(id);
      if (record && record.trashedAt !== null && !trashed.has(id)) this.records.set(id, { ...record, trashedAt: null });
    }
    this.indexReady = this.buildIndex(inDrafts, inTrash);
    this.verified = this.indexReady.then(() => this.verifySnapshotDrafts(inDrafts)).catch(() => {});
    void this.indexReady.catch(() => {}).finally(() => this.openGate());
  }

  /**
   * Records a draft that was just written (or moved): the list sees it at once; indexing it
   * (unless it is in the trash), its journal line and its term file follow in the background.
   */
  put(article: Article, trashedAt: string | null): DraftRecord {
    this.fresh.add(article.id);
    const record = toRecord(article, trashedAt);
    this.records.set(article.id, record);
    this.enqueue(async () => {
      // A newer save of the same draft supersedes this one; it has its own job queued.
      if (this.records.get(article.id) !== record) return;
      const terms = trashedAt === null ? this.calculator.termsOf(article) : null;
      this.indexed(article.id, terms, article.revision);
      await this.journal.append(record);
      if (terms) await this.writeTerms(article.id, terms);
    });
    return record;
  }

  forget(id: string): void {
    this.fresh.add(id);
    this.records.delete(id);
    this.enqueue(async () => {
      if (!this.records.has(id)) this.indexed(id, null, 0);
      await this.journal.append({ id, removed: true });
    });
  }

  /** Resolves when every recorded change is in the index and the journal. */
  settled(): Promise<void> {
    return this.background;
  }

  private enqueue(job: () => Promise<void>): void {
    // Derived data only: a failed job is repaired at the next start (the draft file is newer
    // than its term file, so it is read again).
    this.background = this.background.then(job).catch(() => {});
  }

  termsFile(id: string): string {
    return termsFilePath(this.files, id);
  }

  async close(): Promise<void> {
    this.openGate();
    await this.indexReady.catch(() => {});
    await this.verified;
    await this.background;
    await this.journal.close();
    await this.writeSnapshot();
  }

  private async writeTerms(id: string, terms: DraftTerms): Promise<void> {
    await writeFileAtomically(this.termsFile(id), JSON.stringify(terms)).catch(() => {
      // Derived data: when it cannot be written the draft is re-indexed at the next start.
    });
  }

  private indexed(id: string, terms: DraftTerms | null, revision: number, checkedAt?: number): void {
    this.indexChanged = true;
    if (terms) {
      this.index.set(id, terms);
      // Indexed from a file just written or checked: its modification time is not later than now.
      this.indexedVersions.set(id, { revision, checkedAt: checkedAt ?? Date.now() });
    } else {
      this.index.remove(id);
      this.indexedVersions.delete(id);
    }
  }

  private snapshotFile(): string {
    return snapshotPath(this.files);
  }

  private async writeSnapshot(): Promise<void> {
    // Unchanged since it was read (a session that only read drafts): the file on disk is current.
    if (!this.indexChanged) return;
    try {
      await writeIndexSnapshot(this.snapshotFile(), this.index.contents(), this.indexedVersions);
      this.indexChanged = false;
    } catch {
      // Derived data: without a snapshot the next start reads the term files instead.
    }
  }

  private async buildIndex(inDrafts: string[], inTrash: string[]): Promise<void> {
    const snapshot = (await readIndexSnapshot(this.snapshotFile())) ?? (await this.reindexElsewhere(inDrafts));
    if (snapshot) {
      this.index.load(snapshot.ids, snapshot.segments);
      for (const [id, version] of snapshot.versions) this.indexedVersions.set(id, version);
    }
    const live = new Set<string>();
    let termFilesRead = 0;
    await forEachLimited(inDrafts, parallelReads, async (id) => {
      const record = this.records.get(id);
      if (record?.trashedAt === null) live.add(id);
      if (this.fresh.has(id)) return;
      if (record && this.indexedVersions.get(id)?.revision === record.revision) {
        this.fromSnapshot.add(id);
        return;
      }
      const current = record ? await currentTermsFile(this.files, id) : null;
      if (this.fresh.has(id)) return;
      termFilesRead += 1;
      if (current && record) this.indexed(id, current.terms, record.revision, current.writtenAt);
      else await this.reread(id, 'drafts', null);
    });
    // Drafts deleted, trashed or quarantined since the snapshot.
    for (const id of [...this.indexedVersions.keys()]) {
      if (!live.has(id) && !this.fresh.has(id)) this.indexed(id, null, 0);
    }
    await forEachLimited(inTrash, parallelReads, async (id) => {
      if (!this.records.has(id) && !this.fresh.has(id)) await this.reread(id, 'trash', this.now().toISOString());
    });
    this.index.freeze();
    if (termFilesRead >= snapshotAfterReads) await this.writeSnapshot();
  }

  /**
   * With no snapshot and many drafts, a helper process reads the term files and writes one (its
   * memory goes back to the system when it ends); null when there is no helper or it failed —
   * the term files are then read here.
   */
  private async reindexElsewhere(inDrafts: string[]): Promise<IndexSnapshot | null> {
    const { reindex, reindexFrom = snapshotAfterReads } = this.options;
    if (!reindex || inDrafts.length < reindexFrom) return null;
    const drafts: { id: string; revision: number }[] = [];
    for (const id of inDrafts) {
      const record = this.records.get(id);
      if (record?.trashedAt === null) drafts.push({ id, revision: record.revision });
    }
    try {
      this.lastReindex = await reindex({ dataDir: this.files.dataDir, drafts });
      return await readIndexSnapshot(this.snapshotFile());
    } catch {
      return null;
    }
  }

  /** Drafts indexed from the snapshot whose file changed after it was written are read again. */
  private async verifySnapshotDrafts(inDrafts: string[]): Promise<void> {
    // One file at a time: this check is not urgent, and Node's small thread pool must stay free
    // for the fsyncs of the person's autosaves.
    await forEachLimited(inDrafts, 1, async (id) => {
      if (!this.fromSnapshot.has(id) || this.fresh.has(id)) return;
      const draftTime = await this.files.modifiedAt(this.files.path(id, 'drafts'));
      const checkedAt = this.indexedVersions.get(id)?.checkedAt ?? 0;
      if (draftTime !== null && draftTime > checkedAt && !this.fresh.has(id)) await this.reread(id, 'drafts', null);
    });
  }

  private async reread(id: string, place: DraftPlace, trashedAt: string | null): Promise<void> {
    try {
      const article = await this.files.read(id, place);
      if (article && !this.fresh.has(id)) this.put(article, trashedAt);
    } catch (error) {
      if (!(error instanceof DamagedDraftError)) throw error;
      await this.onDamaged(id, place);
    }
  }
}

export function toRecord(article: Article, trashedAt: string | null): DraftRecord {
  return {
    id: article.id,
    headline: article.headline,
    language: article.language,
    status: article.status,
    revision: article.revision,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    tags: article.tags,
    topics: article.topics,
    excerpt: excerptOf(article),
    trashedAt,
  };
}

function excerptOf(article: Article): string {
  let excerpt = article.standfirst.trim();
  for (const node of article.body.content) {
    if (excerpt.length >= excerptLength) break;
    const text = nodeText(node).trim();
    if (text !== '') excerpt = excerpt === '' ? text : `${excerpt} ${text}`;
  }
  return excerpt.length > excerptLength ? `${excerpt.slice(0, excerptLength)}…` : excerpt;
}

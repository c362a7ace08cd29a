import type { Article } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import type { RevisionInfo } from '../history/history-store';
import type { DraftStore } from './draft-store';

export interface QuarantinedDraft {
  id: string;
  headline: string;
  file: string;
  quarantinedAt: string;
  lastGoodRevision: RevisionInfo | null;
}

/** Tells the person which drafts were found damaged and brings back their last good revision. */
export class DraftRecovery {
  private readonly store: DraftStore;

  constructor(store: DraftStore) {
    this.store = store;
  }

  /** Waits for the start-up check of every draft file, then lists what was quarantined. */
  async quarantined(): Promise<QuarantinedDraft[]> {
    await this.store.catalog.verified;
    const drafts: QuarantinedDraft[] = [];
    for (const notice of await this.store.notices.list()) {
      drafts.push({ ...notice, lastGoodRevision: await this.store.history.latest(notice.id) });
    }
    return drafts;
  }

  async recover(id: string): Promise<Article> {
    return this.store.serialize(id, async () => {
      const latest = await this.store.history.latest(id);
      if (!latest) throw new DeskError('not_found', 'This draft has no saved revision to restore. Its damaged file is kept in the quarantine folder.');
      const existing = await this.store.files.read(id, 'drafts').catch(() => null);
      if (existing) throw new DeskError('conflict', 'This draft already exists again; open it from the drafts list.');
      const { content, info } = await this.store.history.content(id, latest.id);
      const at = this.store.now().toISOString();
      const article: Article = { id, ...content, status: 'draft', revision: info.revision + 1, createdAt: info.takenAt, updatedAt: at, approvals: [], notes: [] };
      await this.store.files.write(article);
      this.store.catalog.put(article, null);
      await this.store.takeRevision(article, 'recovered');
      await this.store.notices.resolve(id);
      return article;
    });
  }

  async dismiss(id: string): Promise<void> {
    await this.store.notices.resolve(id);
  }
}

import type { DraftSummary } from '../../../shared/desk-api';
import { summaryOf, type DraftStore } from './draft-store';

export const trashDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export interface TrashedDraft {
  draft: DraftSummary;
  trashedAt: string;
  purgeAt: string;
}

/**
 * Deleting a draft moves its file to `trash/`, where it can be restored for 30 days; after that,
 * or when the person empties the trash, the file and its history are removed for good.
 */
export class DraftTrash {
  private readonly store: DraftStore;

  constructor(store: DraftStore) {
    this.store = store;
  }

  async trash(id: string): Promise<{ id: string; trashedAt: string }> {
    return this.store.serialize(id, async () => {
      const article = await this.store.read(id, 'drafts');
      const trashedAt = this.store.now().toISOString();
      this.store.forgetCached(id);
      await this.store.files.move(id, 'drafts', 'trash');
      this.store.catalog.put(article, trashedAt);
      return { id, trashedAt };
    });
  }

  async untrash(id: string): Promise<DraftSummary> {
    return this.store.serialize(id, async () => {
      const article = await this.store.read(id, 'trash');
      await this.store.files.move(id, 'trash', 'drafts');
      return summaryOf(this.store.catalog.put(article, null));
    });
  }

  /** Newest deletion first; drafts past their 30 days are purged first. */
  async list(): Promise<TrashedDraft[]> {
    await this.purgeExpired();
    const trashed: TrashedDraft[] = [];
    for (const record of this.store.catalog.records.values()) {
      if (record.trashedAt === null) continue;
      trashed.push({ draft: summaryOf(record), trashedAt: record.trashedAt, purgeAt: new Date(Date.parse(record.trashedAt) + trashDays * dayMs).toISOString() });
    }
    return trashed.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  async empty(): Promise<{ removed: number }> {
    let removed = 0;
    for (const record of [...this.store.catalog.records.values()]) {
      if (record.trashedAt === null) continue;
      await this.purge(record.id);
      removed += 1;
    }
    return { removed };
  }

  async purgeExpired(): Promise<void> {
    const limit = this.store.now().getTime() - trashDays * dayMs;
    for (const record of [...this.store.catalog.records.values()]) {
      if (record.trashedAt !== null && Date.parse(record.trashedAt) < limit) await this.purge(record.id);
    }
  }

  private async purge(id: string): Promise<void> {
    await this.store.serialize(id, async () => {
      // Already purged (start-up purge and a list can race): nothing left to do.
      if (this.store.record(id)?.trashedAt == null) return;
      await this.store.files.remove(id, 'trash');
      await this.store.history.removeAll(id);
      this.store.catalog.forget(id);
    });
  }
}

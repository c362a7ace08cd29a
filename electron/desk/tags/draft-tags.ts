import type { DraftTags } from '../../../shared/desk-api';
import type { DraftStore } from '../drafts/draft-store';

/** Enough suggestions for a datalist; a long tail of one-off tags helps nobody. */
const suggestionLimit = 200;

/**
 * The tags and topics already used in local drafts (not in the trash), most used first, for the
 * chip inputs' suggestions. Read from the drafts catalog, which keeps each draft's tags, so no
 * draft file is opened: this stays fast at 10,000 drafts. Case is ignored when counting; the
 * spelling is the most recently edited draft's.
 */
export async function collectDraftTags(drafts: DraftStore): Promise<DraftTags> {
  const tags = new Tally();
  const topics = new Tally();
  const records = [...drafts.catalog.records.values()]
    .filter((record) => record.trashedAt === null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const record of records) {
    record.tags.forEach((tag) => tags.add(tag));
    record.topics.forEach((topic) => topics.add(topic));
  }
  return { tags: tags.ranked(), topics: topics.ranked() };
}

class Tally {
  private readonly counts = new Map<string, { text: string; count: number }>();

  add(text: string): void {
    const key = text.trim().toLocaleLowerCase();
    if (key === '') return;
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { text: text.trim(), count: 1 });
  }

  ranked(): string[] {
    return [...this.counts.values()]
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, suggestionLimit)
      .map((entry) => entry.text);
  }
}

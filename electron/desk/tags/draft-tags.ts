import type { DraftTags } from '../../../shared/desk-api';
import type { DraftStore } from '../drafts/draft-store';

/** Enough suggestions for a datalist; a long tail of one-off tags helps nobody. */
const suggestionLimit = 200;

/**
 * The tags and topics already used in local drafts, most used first, for the chip inputs'
 * suggestions. Spelling is taken from the most recently edited draft using a tag; case is ignored when
 * counting. A draft that cannot be read is skipped (the drafts list reports damaged drafts).
 */
export async function collectDraftTags(drafts: DraftStore): Promise<DraftTags> {
  const tags = new Tally();
  const topics = new Tally();
  for (const summary of drafts.list()) {
    try {
      const article = await drafts.get(summary.id);
      article.tags.forEach((tag) => tags.add(tag));
      article.topics.forEach((topic) => topics.add(topic));
    } catch {
      continue;
    }
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

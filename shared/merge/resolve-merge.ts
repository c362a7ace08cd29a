import type { ArticleContent, DocNode } from '../article';
import { unionRelatedLinks } from './merge-related-links';
import type { ArticleField, ArticleMerge, MergeChoice } from './merge-types';

function take<K extends ArticleField>(target: Omit<ArticleContent, 'body'>, source: ArticleContent, field: K): void {
  target[field] = source[field];
}

/**
 * The article once a person has settled every conflict ("keep mine", "take theirs", "keep both",
 * keyed by conflict id). Refuses, naming them, while any conflict is unsettled or settled with a
 * choice it does not offer — never guesses.
 */
export function resolveMerge(merge: ArticleMerge, choices: Readonly<Record<string, MergeChoice>>): { ok: true; content: ArticleContent } | { ok: false; unsettled: string[] } {
  const unsettled: string[] = [];
  const fields: Omit<ArticleContent, 'body'> = { ...merge.fields };
  for (const conflict of merge.fieldConflicts) {
    const choice = choices[conflict.id];
    if (choice === undefined || (choice === 'both' && !conflict.canKeepBoth)) unsettled.push(conflict.id);
    else if (choice === 'theirs') take(fields, merge.theirs, conflict.field);
    else if (choice === 'mine') take(fields, merge.mine, conflict.field);
    else fields.relatedLinks = unionRelatedLinks(merge.mine.relatedLinks, merge.theirs.relatedLinks);
  }
  const content: DocNode[] = [];
  for (const segment of merge.body) {
    if (segment.kind === 'clean') {
      content.push(...segment.nodes);
      continue;
    }
    const choice = choices[segment.id];
    const picked = choice === 'mine' ? [segment.mine] : choice === 'theirs' ? [segment.theirs] : choice === 'both' ? [segment.mine, segment.theirs] : undefined;
    if (picked === undefined) unsettled.push(segment.id);
    else content.push(...picked.filter((node): node is DocNode => node !== null));
  }
  if (unsettled.length > 0) return { ok: false, unsettled };
  return { ok: true, content: { ...fields, body: { type: 'doc', content } } };
}

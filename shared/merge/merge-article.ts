import type { ArticleContent } from '../article';
import { mergeBlocks } from './merge-blocks';
import { mergeRelatedLinks } from './merge-related-links';
import { mergeSet } from './merge-set';
import type { ArticleField, ArticleMerge, BodySegment, FieldConflict } from './merge-types';
import { stableKey } from './stable-key';

const singleValueFields = ['slug', 'language', 'section', 'headline', 'standfirst', 'byline', 'dateline', 'leadImage'] as const satisfies readonly ArticleField[];

/** Mine without its body, which is merged on its own. */
function fieldsOf({ body, ...fields }: ArticleContent): Omit<ArticleContent, 'body'> {
  void body;
  return fields;
}

function take<K extends ArticleField>(target: Omit<ArticleContent, 'body'>, source: ArticleContent, field: K): void {
  target[field] = source[field];
}

/**
 * Three-way merge of an article: `base` is the server revision this desk last matched, `mine` the
 * desk's version, `theirs` the server's newer one. Fields merge field by field and the body block
 * by block; whatever changed on only one side, or the same way on both, merges by itself. Only a
 * field or block changed differently on both sides is left for a person (`fieldConflicts`, and
 * the `conflict` runs of `body`). Pure: nothing is saved or lost here.
 */
export function mergeArticle(base: ArticleContent, mine: ArticleContent, theirs: ArticleContent): ArticleMerge {
  const fields = fieldsOf(mine);
  const fieldConflicts: FieldConflict[] = [];
  for (const field of singleValueFields) {
    const [b, m, t] = [base[field], mine[field], theirs[field]].map(stableKey);
    if (m === t || t === b) continue;
    if (m === b) take(fields, theirs, field);
    else fieldConflicts.push({ id: `field:${field}`, field, canKeepBoth: false });
  }
  fields.tags = mergeSet(base.tags, mine.tags, theirs.tags);
  fields.topics = mergeSet(base.topics, mine.topics, theirs.topics);
  const links = mergeRelatedLinks(base.relatedLinks, mine.relatedLinks, theirs.relatedLinks);
  if (links) fields.relatedLinks = links;
  else fieldConflicts.push({ id: 'field:relatedLinks', field: 'relatedLinks', canKeepBoth: true });

  const blocks = mergeBlocks(base.body.content, mine.body.content, theirs.body.content);
  let conflictCount = 0;
  const body: BodySegment[] = blocks.segments.map((segment) => (segment.kind === 'clean' ? segment : { ...segment, id: `block:${(conflictCount += 1)}` }));
  return { base, mine, theirs, fields, fieldConflicts, body, orderConflict: blocks.orderConflict };
}

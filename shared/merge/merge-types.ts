import type { ArticleContent, DocNode } from '../article';

/** How a person settles one conflict: their version, the other one, or both (mine first). */
export type MergeChoice = 'mine' | 'theirs' | 'both';

/** Blocks that merged by themselves. */
export interface CleanRun {
  kind: 'clean';
  nodes: DocNode[];
}

/** One block changed differently on both sides (null on a side that deleted it): a person settles it. */
export interface ConflictRun {
  kind: 'conflict';
  base: DocNode | null;
  mine: DocNode | null;
  theirs: DocNode | null;
}

export type BlockRun = CleanRun | ConflictRun;

/** A run of the merged body; each conflict has an id to settle it by. */
export type BodySegment = CleanRun | (ConflictRun & { id: string });

/** Every article field but the body, merged field by field. */
export type ArticleField = Exclude<keyof ArticleContent, 'body'>;

export interface FieldConflict {
  id: string;
  field: ArticleField;
  /** Lists can keep both (their union); a headline or a lead image cannot be two things. */
  canKeepBoth: boolean;
}

export interface ArticleMerge {
  base: ArticleContent;
  mine: ArticleContent;
  theirs: ArticleContent;
  /** The fields that merged by themselves; a conflicting field holds mine until settled. */
  fields: Omit<ArticleContent, 'body'>;
  fieldConflicts: FieldConflict[];
  body: BodySegment[];
  /** Both sides moved blocks, differently: the merged order follows mine. */
  orderConflict: boolean;
}

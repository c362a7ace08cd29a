/**
 * Request and response schemas of the drafts methods beyond the basics (search, history, trash,
 * quarantine, export/import), kept beside `desk-api.ts` so that file stays one line per method.
 */
import { z } from 'zod';
import { articleContentSchema, articleSchema, articleStatusSchema, languageSchema } from './article';
import { blockFields } from './diff/article-blocks';
import { limits } from './limits';

const id = z.string().min(1).max(100);
/** A draft as the drafts list shows it, without its body. */
export const draftSummarySchema = z.object({
  id,
  headline: z.string(),
  language: languageSchema,
  status: articleStatusSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  createdAt: z.string(),
});
const summary = draftSummarySchema;
const textRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const searchScopes = ['content', 'title', 'keyword'] as const;
export const searchSorts = ['newest', 'oldest', 'relevance'] as const;

export const draftSearchRequestSchema = z
  .object({
    query: z.string().max(limits.searchQueryMax).default(''),
    scope: z.enum(searchScopes).default('content'),
    sort: z.enum(searchSorts).default('newest'),
    status: articleStatusSchema.optional(),
    language: languageSchema.optional(),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type DraftSearchQuery = z.input<typeof draftSearchRequestSchema>;

export const draftSearchHitSchema = z.object({
  draft: summary,
  tags: z.array(z.string()),
  topics: z.array(z.string()),
  snippet: z.string(),
  headlineHighlights: z.array(textRange),
  snippetHighlights: z.array(textRange),
});
export type DraftSearchHit = z.infer<typeof draftSearchHitSchema>;
export const draftSearchResultSchema = z.object({ total: z.number().int().nonnegative(), hits: z.array(draftSearchHitSchema) });

export const revisionInfoSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  takenAt: z.string(),
  reason: z.enum(['explicit', 'interval', 'before-restore', 'restore', 'import', 'before-import', 'recovered', 'before-newsroom', 'newsroom']),
  words: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof revisionInfoSchema>;

/** One line of a comparison; `field` names the article field it shows, for the UI to label. */
export const blockChangeSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  indent: z.string(),
  field: z.enum(blockFields).nullable(),
  text: z.string(),
});
export const revisionDetailSchema = z.object({
  info: revisionInfoSchema,
  content: articleContentSchema,
  /** From the revision to the current text: what restoring it would undo. */
  changes: z.array(blockChangeSchema),
});
export type RevisionDetail = z.infer<typeof revisionDetailSchema>;

export const trashedDraftSchema = z.object({ draft: summary, trashedAt: z.string(), purgeAt: z.string() });
export type TrashedDraftSummary = z.infer<typeof trashedDraftSchema>;

export const quarantinedDraftSchema = z.object({
  id,
  headline: z.string(),
  file: z.string(),
  quarantinedAt: z.string(),
  lastGoodRevision: revisionInfoSchema.nullable(),
});
export type QuarantinedDraftSummary = z.infer<typeof quarantinedDraftSchema>;

/** Base64 of an export file or a .docx: big enough for a long article with its photos. */
export const importRequestSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    data: z.string().min(1).max(80 * 1024 * 1024),
    // What to do with a file imported before: without a choice the desk asks (`seen-before`).
    choice: z.discriminatedUnion('kind', [z.object({ kind: z.literal('new') }).strict(), z.object({ kind: z.literal('replace'), id }).strict()]).optional(),
  })
  .strict();
export type ImportChoice = NonNullable<z.input<typeof importRequestSchema>['choice']>;
export const importResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('imported'), article: articleSchema, skippedImages: z.number().int().nonnegative(), replaced: z.boolean() }),
  // The same file (by content) was imported before as `existing`, still in the drafts.
  z.object({ outcome: z.literal('seen-before'), existing: draftSummarySchema, importedAt: z.string() }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;
export const exportResultSchema = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });

export const draftIdRequestSchema = z.object({ id }).strict();
export const revisionRequestSchema = z.object({ id, revisionId: z.string().min(1).max(40) }).strict();

/** A revision id, or `current` for the draft as it is now. */
const comparedVersion = z.union([z.literal('current'), z.string().min(1).max(40)]);
/** Any two versions of a draft, older (`from`) to newer (`to`), compared block by block. */
export const compareRequestSchema = z.object({ id, from: comparedVersion, to: comparedVersion }).strict();
export const compareResultSchema = z.object({ changes: z.array(blockChangeSchema) });

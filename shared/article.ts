import { z } from 'zod';
import { limits } from './limits';

export const languages = ['zh-Hant', 'en', 'zh-Hans'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const articleStatuses = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'corrected',
  'unpublished',
] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

const isoDate = z.iso.datetime({ offset: true });

/** An image as it appears in an article: the lead image or a figure's attributes. */
export const imageRefSchema = z.object({
  mediaId: z.string().min(1).max(100),
  src: z.string().max(limits.urlMax),
  // Typed by people: kept whole however long; `lengthRule` in the checklist holds the limits.
  caption: z.string(),
  credit: z.string(),
  alt: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

/**
 * A TipTap/ProseMirror JSON node. The shape is checked loosely here; whether a document fits
 * the editor's schema is checked by `shared/editor` (the same extension list the editor uses).
 */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);
export const bodySchema = z.object({
  type: z.literal('doc'),
  content: z.array(docNodeSchema),
});
export type ArticleBody = z.infer<typeof bodySchema>;

export const relatedLinkSchema = z
  .object({
    title: z.string(),
    url: z.string().optional(),
    articleId: z.string().max(100).optional(),
  })
  .refine((link) => link.url !== undefined || link.articleId !== undefined, {
    message: 'A related link needs a URL or an article id',
  });
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

export const approvalSchema = z.object({ by: z.string(), revision: z.number().int(), at: isoDate });
export const noteSchema = z.object({ by: z.string(), at: isoDate, text: z.string().max(limits.noteMax) });

/**
 * The editable content of an article: what a reporter changes, without workflow state.
 * No text field has a length limit here, on purpose: a draft keeps every character typed or
 * pasted, and saving never fails or cuts because something is too long. The site's limits
 * (`limits.ts`) are publish-checklist rules, which the desk shows and the server enforces at
 * approval; the body's byte limit and the request size limits still bound what is stored.
 */
export const articleContentSchema = z.object({
  slug: z.string(),
  language: languageSchema,
  section: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  byline: z.string(),
  dateline: z.string(),
  leadImage: imageRefSchema.nullable(),
  body: bodySchema,
  tags: z.array(z.string().min(1)),
  topics: z.array(z.string().min(1)),
  relatedLinks: z.array(relatedLinkSchema),
});
export type ArticleContent = z.infer<typeof articleContentSchema>;

export const articleSchema = articleContentSchema.extend({
  id: z.string().min(1).max(100),
  status: articleStatusSchema,
  revision: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate,
  publishedAt: isoDate.optional(),
  author: z.string().optional(),
  approvals: z.array(approvalSchema).default([]),
  notes: z.array(noteSchema).default([]),
});
export type Article = z.infer<typeof articleSchema>;

export function emptyBody(): ArticleBody {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function emptyArticleContent(language: Language = 'zh-Hant'): ArticleContent {
  return {
    slug: '',
    language,
    section: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    leadImage: null,
    body: emptyBody(),
    tags: [],
    topics: [],
    relatedLinks: [],
  };
}

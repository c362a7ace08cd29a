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
  caption: z.string().max(limits.captionMax),
  credit: z.string().max(limits.creditMax),
  alt: z.string().max(limits.altMax),
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
    title: z.string().max(limits.relatedLinkTitleMax),
    url: z.string().max(limits.urlMax).optional(),
    articleId: z.string().max(100).optional(),
  })
  .refine((link) => link.url !== undefined || link.articleId !== undefined, {
    message: 'A related link needs a URL or an article id',
  });
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

export const approvalSchema = z.object({ by: z.string(), revision: z.number().int(), at: isoDate });
export const noteSchema = z.object({ by: z.string(), at: isoDate, text: z.string().max(limits.noteMax) });

/** The editable content of an article: what a reporter changes, without workflow state. */
export const articleContentSchema = z.object({
  slug: z.string().max(limits.slugMax),
  language: languageSchema,
  section: z.string().max(limits.sectionMax),
  headline: z.string().max(limits.headlineMax),
  standfirst: z.string().max(limits.standfirstMax),
  byline: z.string().max(limits.bylineMax),
  dateline: z.string().max(limits.datelineMax),
  leadImage: imageRefSchema.nullable(),
  body: bodySchema,
  tags: z.array(z.string().min(1).max(limits.tagMax)).max(limits.tagsMax),
  topics: z.array(z.string().min(1).max(limits.tagMax)).max(limits.topicsMax),
  relatedLinks: z.array(relatedLinkSchema).max(limits.relatedLinksMax),
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

import { z } from 'zod';
import type { ArticleContent } from '../article';
import type { Section } from '../sections/section-schema';

/**
 * One thing that stops an article from being approved. `field` points at what to fix (e.g.
 * `headline`, `leadImage.caption`, `body.figures.0.credit`, `relatedLinks.2.url`); `code` is
 * stable so each UI language can phrase it; `message` is the English wording; `params` holds
 * the numbers a translated message needs (1-based positions, limits).
 */
export const checklistProblemSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ChecklistProblem = z.infer<typeof checklistProblemSchema>;

/** What the newsroom knows beyond the article: its sections (absent where no list is at hand). */
export interface ChecklistContext {
  sections?: readonly Section[] | undefined;
}

/** A publish-checklist rule: reads the article, returns the problems it finds (none = passes). */
export type ChecklistRule = (content: ArticleContent, context?: ChecklistContext) => ChecklistProblem[];

import type { ArticleContent } from '../article';
import type { ChecklistContext, ChecklistProblem, ChecklistRule } from './checklist-problem';
import { caseBodyRule } from './rules/case-body-rule';
import { caseTitleRule } from './rules/case-title-rule';
import { figureRule } from './rules/figure-rule';
import { headlineRule } from './rules/headline-rule';
import { lengthRule } from './rules/length-rule';
import { leadImageRule } from './rules/lead-image-rule';
import { relatedLinkRule } from './rules/related-link-rule';
import { sectionRule } from './rules/section-rule';
import { slugRule } from './rules/slug-rule';
import { tagsRule } from './rules/tags-rule';

export type { ChecklistContext, ChecklistProblem } from './checklist-problem';
export { checklistProblemSchema } from './checklist-problem';

/** The publish checklist in page order: the desk shows it, the server enforces it at approval. */
export const checklistRules: readonly ChecklistRule[] = [
  tagsRule,
  headlineRule,
  slugRule,
  sectionRule,
  leadImageRule,
  caseTitleRule,
  caseBodyRule,
  figureRule,
  relatedLinkRule,
  lengthRule,
];

/** Every problem that blocks approval; an empty list means the article may be approved. */
export function checkArticle(content: ArticleContent, context: ChecklistContext = {}): ChecklistProblem[] {
  return checklistRules.flatMap((rule) => rule(content, context));
}

import { slugProblem } from '../../slug/slug-problem';
import type { ChecklistRule } from '../checklist-problem';

/** The slug becomes the public address: only characters every URL keeps as they are, within the limit. */
export const slugRule: ChecklistRule = ({ slug }) => {
  const problem = slugProblem(slug);
  if (!problem) return [];
  if (problem.code === 'slug_too_long') {
    return [{
      field: 'slug',
      code: problem.code,
      message: `URL is ${problem.length} characters long: shorten it to ${problem.max} or fewer.`,
      params: { length: problem.length, max: problem.max },
    }];
  }
  return [{ field: 'slug', code: problem.code, message: 'URL may contain only lower-case letters a–z, digits and single hyphens between words.' }];
};

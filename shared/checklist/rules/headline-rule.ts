import { limits } from '../../limits';
import type { ChecklistRule } from '../checklist-problem';

/** A headline is required and must fit the site's headline length. */
export const headlineRule: ChecklistRule = ({ headline }) => {
  if (headline.trim() === '') {
    return [{ field: 'headline', code: 'headline_missing', message: 'Headline is missing: write a headline.' }];
  }
  if (headline.length > limits.headlineMax) {
    return [
      {
        field: 'headline',
        code: 'headline_too_long',
        message: `Headline is ${headline.length} characters long: shorten it to ${limits.headlineMax} or fewer.`,
        params: { length: headline.length, max: limits.headlineMax },
      },
    ];
  }
  return [];
};

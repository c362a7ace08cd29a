import { limits } from '../limits';

/** Lower-case ASCII letters and digits in words joined by single hyphens: safe in any URL, never escaped. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SlugProblem = { code: 'slug_invalid' } | { code: 'slug_too_long'; length: number; max: number };

/**
 * What is wrong with a slug a person typed, or null when it may be published. An empty slug is
 * allowed: the public site then uses the article's id.
 */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug === '') return null;
  if (slug.length > limits.slugMax) return { code: 'slug_too_long', length: slug.length, max: limits.slugMax };
  return slugPattern.test(slug) ? null : { code: 'slug_invalid' };
}

import type { SlugSource } from './suggest-slug';
import { suggestSlug } from './suggest-slug';

/**
 * Whether the slug still follows the headline: it is empty or exactly what the headline gives.
 * Derived rather than stored as a flag, so it survives a reload, an export and the server
 * with no new field; a slug typed by hand stops following until it is cleared again.
 */
export function slugFollowsHeadline(slug: string, source: SlugSource): boolean {
  return slug === '' || slug === suggestSlug(source);
}

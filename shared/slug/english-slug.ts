import slugify from '@sindresorhus/slugify';
import { limits } from '../limits';
import { trimSlug } from './trim-slug';

/**
 * "Harbour ferry fares to rise in January" → "harbour-ferry-fares-to-rise-in-january": lower-case
 * ASCII words joined by hyphens, accents folded (café → cafe, straße → strasse), other scripts
 * dropped. Empty when nothing Latin is left.
 */
export function englishSlug(text: string, max: number = limits.slugMax): string {
  return trimSlug(slugify(text, { lowercase: true, separator: '-', decamelize: false }), max);
}

import { z } from 'zod';
import { limits } from '../limits';
import { slugPattern } from '../slug/slug-problem';

const name = z.string().trim().min(1).max(limits.sectionMax);

/**
 * A section of the site as the newsroom manages it: the slug is what an article stores and what
 * the section's address shows (`/sections/hong-kong`); each page language shows its own name.
 */
export const sectionSchema = z.object({
  slug: z.string().min(1).max(limits.sectionMax).regex(slugPattern, 'Use lower-case letters, digits and single hyphens.'),
  names: z.object({ en: name, 'zh-Hant': name }).strict(),
  /** Order on the desk's select and the site's navigation, smallest first. */
  position: z.number().int().min(0).max(10_000),
}).strict();
export type Section = z.infer<typeof sectionSchema>;

export const sectionListSchema = z.array(sectionSchema);

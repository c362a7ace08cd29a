/**
 * Shortens a generated slug to at most `max` characters at a hyphen, so a long headline never
 * gives a URL ending in half a word.
 */
export function trimSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

import type { RelatedLink } from '../article';
import { stableKey } from './stable-key';

/** A related link is known by where it points; its title may be edited. */
function linkKey(link: RelatedLink): string {
  return link.url !== undefined ? `url:${link.url}` : `article:${link.articleId ?? ''}`;
}

function byKey(links: readonly RelatedLink[]): Map<string, RelatedLink> {
  return new Map(links.map((link) => [linkKey(link), link]));
}

/**
 * Related News merges as a list keyed by target: its order is editorial (so mine's order leads),
 * but links added, removed or retitled on different sides combine. The same link retitled
 * differently on both sides, or retitled on one and removed on the other, is a conflict (null).
 */
export function mergeRelatedLinks(base: readonly RelatedLink[], mine: readonly RelatedLink[], theirs: readonly RelatedLink[]): RelatedLink[] | null {
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const merged: RelatedLink[] = [];
  const pick = (key: string): RelatedLink | null | 'conflict' => {
    const [inBase, inMine, inTheirs] = [b.get(key), m.get(key), t.get(key)];
    const [kb, km, kt] = [inBase, inMine, inTheirs].map((link) => (link === undefined ? undefined : stableKey(link)));
    if (inMine && inTheirs) return km === kt || kt === kb ? inMine : km === kb ? inTheirs : 'conflict';
    const kept = inMine ?? inTheirs ?? null;
    if (kept === null || inBase === undefined) return kept;
    // Removed on one side: gone, unless the other side changed it.
    return (inMine ? km : kt) === kb ? null : 'conflict';
  };
  for (const key of [...m.keys(), ...[...t.keys()].filter((key) => !m.has(key))]) {
    const link = pick(key);
    if (link === 'conflict') return null;
    if (link) merged.push(link);
  }
  return merged;
}

/** "Keep both": every link of mine, then the other side's links mine does not have. */
export function unionRelatedLinks(mine: readonly RelatedLink[], theirs: readonly RelatedLink[]): RelatedLink[] {
  const mineKeys = new Set(mine.map(linkKey));
  return [...mine, ...theirs.filter((link) => !mineKeys.has(linkKey(link)))];
}

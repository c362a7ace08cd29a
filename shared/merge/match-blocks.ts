import { diffArrays } from 'diff';
import type { DocNode } from '../article';
import { blockSimilarity } from './block-similarity';
import { stableKey } from './stable-key';

/** base index → side index, and back; null where a block has no counterpart. */
export interface BlockMatch {
  sideOf: (number | null)[];
  baseOf: (number | null)[];
}

// A block edited in place (same gap between unchanged neighbours) needs less textual likeness
// to count as the same block than one found elsewhere in the article (moved and edited).
const samePlaceBonus = 0.2;
const threshold = 0.5;

/** For each unmatched index: how many exact matches come before it (its gap between anchors). */
function gaps(matched: (number | null)[]): number[] {
  let seen = 0;
  return matched.map((partner) => (partner === null ? seen : (seen += 1)));
}

/**
 * Which block of a later version is which block of the base. First the blocks left exactly as
 * they were, aligned in order (the `diff` package's array diff); then the rest — edited, or moved
 * and maybe edited — paired by likeness, the best pairs first, helped by being in the same place.
 */
export function matchBlocks(base: readonly DocNode[], side: readonly DocNode[]): BlockMatch {
  const sideOf: (number | null)[] = base.map(() => null);
  const baseOf: (number | null)[] = side.map(() => null);
  let i = 0;
  let j = 0;
  for (const part of diffArrays(base.map(stableKey), side.map(stableKey))) {
    const count = part.value.length;
    if (part.removed) i += count;
    else if (part.added) j += count;
    else {
      for (let k = 0; k < count; k += 1) {
        sideOf[i + k] = j + k;
        baseOf[j + k] = i + k;
      }
      i += count;
      j += count;
    }
  }
  const baseGaps = gaps(sideOf);
  const sideGaps = gaps(baseOf);
  const candidates: { b: number; s: number; score: number }[] = [];
  base.forEach((baseNode, b) => {
    if (sideOf[b] !== null) return;
    side.forEach((sideNode, s) => {
      if (baseOf[s] !== null) return;
      const score = blockSimilarity(baseNode, sideNode) + (baseGaps[b] === sideGaps[s] ? samePlaceBonus : 0);
      if (score >= threshold) candidates.push({ b, s, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.b - x.s) - Math.abs(y.b - y.s));
  for (const { b, s } of candidates) {
    if (sideOf[b] !== null || baseOf[s] !== null) continue;
    sideOf[b] = s;
    baseOf[s] = b;
  }
  return { sideOf, baseOf };
}

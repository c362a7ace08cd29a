import type { DocNode } from '../article';
import { matchBlocks } from './match-blocks';
import type { BlockRun } from './merge-types';
import { stableKey } from './stable-key';

type Outcome = { kind: 'keep'; node: DocNode } | { kind: 'drop' } | { kind: 'conflict'; base: DocNode | null; mine: DocNode | null; theirs: DocNode | null };
type Item = { base: number } | { inserted: DocNode };

const same = (a: DocNode, b: DocNode) => stableKey(a) === stableKey(b);

/** Attributes merged one by one (a case section's title, a figure's caption…); null on a clash. */
function mergeAttributes(base: DocNode, mine: DocNode, theirs: DocNode): Record<string, unknown> | null {
  const names = new Set([...Object.keys(base.attrs ?? {}), ...Object.keys(mine.attrs ?? {}), ...Object.keys(theirs.attrs ?? {})]);
  const merged: Record<string, unknown> = {};
  for (const name of names) {
    const [b, m, t] = [base.attrs?.[name], mine.attrs?.[name], theirs.attrs?.[name]].map(stableKey);
    if (m !== t && m !== b && t !== b) return null;
    const value = m === b ? theirs.attrs?.[name] : mine.attrs?.[name];
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

/** A block changed on both sides: a case section can still merge inside (title, paragraphs). */
function mergeBothChanged(base: DocNode, mine: DocNode, theirs: DocNode): DocNode | null {
  if (base.type !== 'caseSection' || mine.type !== 'caseSection' || theirs.type !== 'caseSection') return null;
  const attrs = mergeAttributes(base, mine, theirs);
  if (attrs === null) return null;
  const inner = mergeBlocks(base.content ?? [], mine.content ?? [], theirs.content ?? []);
  if (inner.orderConflict || inner.segments.some((segment) => segment.kind === 'conflict')) return null;
  return { ...mine, attrs, content: inner.segments.flatMap((segment) => (segment.kind === 'clean' ? segment.nodes : [])) };
}

function outcome(base: DocNode, mine: DocNode | null, theirs: DocNode | null): Outcome {
  if (mine && theirs) {
    if (same(mine, theirs) || same(theirs, base)) return { kind: 'keep', node: mine };
    if (same(mine, base)) return { kind: 'keep', node: theirs };
    const merged = mergeBothChanged(base, mine, theirs);
    return merged ? { kind: 'keep', node: merged } : { kind: 'conflict', base, mine, theirs };
  }
  const kept = mine ?? theirs;
  // Deleted on one side: gone, unless the other side changed it (then a person decides).
  if (kept === null || same(kept, base)) return { kind: 'drop' };
  return { kind: 'conflict', base, mine, theirs };
}

function items(side: readonly DocNode[], baseOf: (number | null)[]): Item[] {
  return side.map((node, index) => {
    const base = baseOf[index];
    return base === null || base === undefined ? { inserted: node } : { base };
  });
}

/** Base blocks both sides kept, in the order a side has them. */
function keptOrder(order: Item[], keptByOther: (number | null)[]): number[] {
  return order.flatMap((item) => ('base' in item && keptByOther[item.base] !== null ? [item.base] : []));
}

/**
 * Three-way merge of a list of blocks. Each base block is found on both sides (`matchBlocks`) and
 * merged as a unit; blocks added on one side are placed after the block they follow there. The
 * order of the side that moved blocks wins (a case section moved on one side and edited on the
 * other comes out moved and edited).
 */
export function mergeBlocks(base: readonly DocNode[], mine: readonly DocNode[], theirs: readonly DocNode[]): { segments: BlockRun[]; orderConflict: boolean } {
  const mineMatch = matchBlocks(base, mine);
  const theirsMatch = matchBlocks(base, theirs);
  const outcomes = base.map((node, index) => {
    const m = mineMatch.sideOf[index];
    const t = theirsMatch.sideOf[index];
    return outcome(node, m === null || m === undefined ? null : (mine[m] ?? null), t === null || t === undefined ? null : (theirs[t] ?? null));
  });
  const mineItems = items(mine, mineMatch.baseOf);
  const theirsItems = items(theirs, theirsMatch.baseOf);
  const mineOrder = keptOrder(mineItems, theirsMatch.sideOf);
  const theirsOrder = keptOrder(theirsItems, mineMatch.sideOf);
  const ascending = [...mineOrder].sort((a, b) => a - b).join();
  const mineMoved = mineOrder.join() !== ascending;
  const theirsMoved = theirsOrder.join() !== ascending;
  const [lead, follow, leadMatch] = theirsMoved && !mineMoved ? [theirsItems, mineItems, theirsMatch] : [mineItems, theirsItems, mineMatch];

  // Blocks the leading side added, by the base block they follow: a block both sides added in
  // the same place is one block, not two.
  const leadAdded = new Map<number | 'start', string[]>();
  let leadAnchor: number | 'start' = 'start';
  for (const item of lead) {
    if ('base' in item) leadAnchor = item.base;
    else leadAdded.set(leadAnchor, [...(leadAdded.get(leadAnchor) ?? []), stableKey(item.inserted)]);
  }
  // What only the following side has goes after the nearest block before it that the leading side has.
  const after = new Map<number | 'start', Item[]>();
  let anchor: number | 'start' = 'start';
  for (const item of follow) {
    if ('base' in item && leadMatch.sideOf[item.base] !== null) {
      anchor = item.base;
      continue;
    }
    const twin = 'inserted' in item ? (leadAdded.get(anchor) ?? []).indexOf(stableKey(item.inserted)) : -1;
    if (twin >= 0) {
      leadAdded.get(anchor)?.splice(twin, 1);
      continue;
    }
    after.set(anchor, [...(after.get(anchor) ?? []), item]);
  }

  const emitted: Outcome[] = [];
  const emit = (item: Item) => emitted.push('base' in item ? (outcomes[item.base] ?? { kind: 'drop' }) : { kind: 'keep', node: item.inserted });
  for (const item of after.get('start') ?? []) emit(item);
  for (const item of lead) {
    emit(item);
    if ('base' in item) for (const following of after.get(item.base) ?? []) emit(following);
  }
  return { segments: segmentsOf(emitted), orderConflict: mineMoved && theirsMoved && mineOrder.join() !== theirsOrder.join() };
}

function segmentsOf(emitted: Outcome[]): BlockRun[] {
  const segments: BlockRun[] = [];
  for (const entry of emitted) {
    if (entry.kind === 'drop') continue;
    const last = segments[segments.length - 1];
    if (entry.kind === 'conflict') segments.push({ kind: 'conflict', base: entry.base, mine: entry.mine, theirs: entry.theirs });
    else if (last?.kind === 'clean') last.nodes.push(entry.node);
    else segments.push({ kind: 'clean', nodes: [entry.node] });
  }
  return segments;
}

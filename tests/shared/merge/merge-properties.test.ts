import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/article';
import { mergeBlocks } from '../../../shared/merge/merge-blocks';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cs = (title: string, ...paragraphs: string[]): DocNode => ({ type: 'caseSection', attrs: { title }, content: paragraphs.map(p) });

// A small pool, so generated versions share, repeat, move and edit blocks often.
const pool: DocNode[] = [
  p('Fares will rise.'), p('Fares will rise in January.'), p('The operator blamed fuel.'), p(''), p('票價上調百分之五。'), p('票價上調約百分之五。'),
  cs('Case 1: Former employee', 'He worked there for ten years.'), cs('Case 1: Former employee', 'He worked there for twelve years.'),
  cs('個案二：夜更護士', '她的薪金延遲發放。'), cs('個案二：夜更護士', '她的薪金延遲三個月發放。'), { type: 'figure', attrs: { mediaId: 'm_1', caption: 'A pier.' } },
];
const body = fc.array(fc.constantFrom(...pool), { maxLength: 7 });

function cleanNodes(result: ReturnType<typeof mergeBlocks>): DocNode[] | 'conflict' {
  if (result.segments.some((segment) => segment.kind === 'conflict')) return 'conflict';
  return result.segments.flatMap((segment) => (segment.kind === 'clean' ? segment.nodes : []));
}

describe('three-way merge properties', () => {
  it('a change made on one side only comes through exactly, whichever side made it', () => {
    fc.assert(
      fc.property(body, body, (base, changed) => {
        expect(cleanNodes(mergeBlocks(base, changed, base))).toEqual(changed);
        expect(cleanNodes(mergeBlocks(base, base, changed))).toEqual(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('the same change made on both sides comes through once', () => {
    fc.assert(
      fc.property(body, body, (base, changed) => {
        expect(cleanNodes(mergeBlocks(base, changed, changed))).toEqual(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('never drops a block one side added', () => {
    fc.assert(
      fc.property(body, body, body, (base, mine, theirs) => {
        const added = p('A paragraph only I wrote.');
        const result = mergeBlocks(base, [...mine, added], theirs);
        const everything = result.segments.flatMap((segment) => (segment.kind === 'clean' ? segment.nodes : [segment.mine, segment.theirs]));
        expect(everything).toContainEqual(added);
      }),
      { numRuns: 300 },
    );
  });
});

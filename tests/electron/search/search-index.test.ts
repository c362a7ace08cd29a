import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../electron/desk/search/search-index';
import { BufferedTerms, MergedTerms, SegmentBuilder } from '../../../electron/desk/search/term-segment';

function docsOf(visitAll: (visit: (docNumber: number) => void) => void): number[] {
  const seen: number[] = [];
  visitAll((docNumber) => seen.push(docNumber));
  return seen;
}

describe('TermSegment', () => {
  it('finds terms by binary search and gives back their documents across small and large gaps', () => {
    const lists = new Map<string, number | number[]>([
      ['渡輪', [0, 1, 2, 130, 131, 20_000, 2_000_000, 300_000_000]],
      ['ferry', 5],
      ['港', [7, 8]],
    ]);
    const builder = new SegmentBuilder();
    builder.addAll(new MergedTerms([new BufferedTerms(lists)]));
    const segment = builder.build();
    expect(segment.size).toBe(3);
    expect(segment.isConsistent()).toBe(true);
    expect([0, 1, 2].map((index) => segment.termAt(index))).toEqual(['ferry', '渡輪', '港']);
    expect(docsOf((visit) => segment.forEachDoc(segment.find('渡輪'), visit))).toEqual(lists.get('渡輪'));
    expect(docsOf((visit) => segment.forEachDoc(segment.find('ferry'), visit))).toEqual([5]);
    expect(segment.find('bus')).toBe(-1);
    expect(segment.find('渡')).toBe(-1);
  });

  it('merges sources in term order, keeps documents ascending and leaves out mapped-away ones', () => {
    const older = new BufferedTerms(new Map([['a', [0, 2]], ['c', [1]]]));
    const newer = new BufferedTerms(new Map([['b', [3]], ['c', [4, 5]]]));
    const builder = new SegmentBuilder();
    builder.addAll(new MergedTerms([older, newer]), (docNumber) => (docNumber === 1 || docNumber === 3 ? -1 : docNumber));
    const segment = builder.build();
    // 'b' lost its only document, so it is gone.
    expect(Array.from({ length: segment.size }, (_, index) => segment.termAt(index))).toEqual(['a', 'c']);
    expect(docsOf((visit) => segment.forEachDoc(segment.find('c'), visit))).toEqual([4, 5]);
  });
});

describe('SearchIndex', () => {
  it('finds drafts by every term in the scope and forgets replaced versions', () => {
    const index = new SearchIndex();
    index.set('a', { title: ['渡輪'], body: ['加價', 'ferry'], keyword: ['交通'] });
    index.set('b', { title: ['ferry'], body: ['渡輪'], keyword: [] });
    expect(index.match(['渡輪'], 'content').map((match) => match.id)).toEqual(['a', 'b']);
    expect(index.match(['渡輪'], 'title')).toEqual([{ id: 'a', title: 1, body: 0, keyword: 0 }]);
    expect(index.match(['渡輪', 'ferry'], 'content').map((match) => match.id)).toEqual(['a', 'b']);
    expect(index.match(['交通'], 'keyword').map((match) => match.id)).toEqual(['a']);
    index.set('a', { title: ['巴士'], body: [], keyword: [] });
    expect(index.match(['渡輪'], 'content').map((match) => match.id)).toEqual(['b']);
    index.remove('b');
    expect(index.match(['渡輪'], 'content')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('stays correct through many updates (compaction drops replaced versions)', () => {
    const index = new SearchIndex(50);
    for (let round = 0; round < 1500; round += 1) index.set(`d${round % 3}`, { title: [`t${round}`], body: ['common'], keyword: [] });
    expect(index.match(['common'], 'content').map((match) => match.id).sort()).toEqual(['d0', 'd1', 'd2']);
    expect(index.match(['t1499'], 'title').map((match) => match.id)).toEqual(['d2']);
    expect(index.match(['t1'], 'title')).toEqual([]);
  });

  it('freezes postings into a few merged segments and still matches like the plain map would', () => {
    const index = new SearchIndex(40);
    const expected = new Map<string, Set<string>>();
    for (let draft = 0; draft < 400; draft += 1) {
      const id = `d${draft % 250}`;
      const body = [`w${draft % 7}`, `w${draft % 11}`, `x${draft}`, '共同'];
      index.set(id, { title: [], body, keyword: [] });
      for (const words of expected.values()) words.delete(id);
      for (const word of body) expected.set(word, (expected.get(word) ?? new Set()).add(id));
    }
    // Without merging there would be one segment per 40 postings: ~40 of them.
    expect(index.segmentCount('body')).toBeLessThanOrEqual(10);
    index.freeze();
    for (const [word, ids] of expected) {
      expect(index.match([word], 'content').map((match) => match.id).sort(), word).toEqual([...ids].sort());
    }
    expect(index.match(['w3', 'w5'], 'content').map((match) => match.id).sort()).toEqual([...(expected.get('w3') ?? [])].filter((id) => expected.get('w5')?.has(id)).sort());
  });
});

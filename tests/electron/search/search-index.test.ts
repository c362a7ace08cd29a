import { describe, expect, it } from 'vitest';
import { PostingList } from '../../../electron/desk/search/posting-list';
import { SearchIndex } from '../../../electron/desk/search/search-index';

describe('PostingList', () => {
  it('gives back the documents added, across small and large gaps', () => {
    const list = new PostingList();
    const numbers = [0, 1, 2, 130, 131, 20_000, 2_000_000, 2_000_001];
    for (const number of numbers) list.add(number);
    const seen: number[] = [];
    list.forEach((number) => seen.push(number));
    expect(seen).toEqual(numbers);
    expect(list.length).toBe(numbers.length);
    list.trim();
    expect(list.keepOnly((number) => number % 2 === 0)).toBe(3);
    const kept: number[] = [];
    list.forEach((number) => kept.push(number));
    expect(kept).toEqual([0, 2, 130, 20_000, 2_000_000]);
    list.add(2_000_002);
    expect(list.length).toBe(6);
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

  it('stays correct through many updates (compaction)', () => {
    const index = new SearchIndex();
    for (let round = 0; round < 1500; round += 1) index.set(`d${round % 3}`, { title: [`t${round}`], body: ['common'], keyword: [] });
    expect(index.match(['common'], 'content').map((match) => match.id).sort()).toEqual(['d0', 'd1', 'd2']);
    expect(index.match(['t1499'], 'title').map((match) => match.id)).toEqual(['d2']);
    expect(index.match(['t1'], 'title')).toEqual([]);
  });
});

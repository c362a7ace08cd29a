import { describe, expect, it } from 'vitest';
import { addChips } from '../../../renderer/screens/article/add-chips';

const options = { max: 4, maxLength: 10 };

describe('addChips', () => {
  it('adds what was typed, trimmed, splitting on ASCII and Chinese commas', () => {
    expect(addChips([], ' transport ,ferries，交通、港聞', { max: 10, maxLength: 10 })).toEqual(['transport', 'ferries', '交通', '港聞']);
  });

  it('ignores duplicates in any letter case and empty entries', () => {
    expect(addChips(['Transport'], 'transport, TRANSPORT,, ', options)).toEqual(['Transport']);
  });

  it('stops at the maximum count and shortens an over-long entry', () => {
    expect(addChips(['a', 'b', 'c'], 'd, e', options)).toEqual(['a', 'b', 'c', 'd']);
    expect(addChips([], 'abcdefghijklmnop', options)).toEqual(['abcdefghij']);
  });
});

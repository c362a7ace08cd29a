import { describe, expect, it } from 'vitest';
import { addChips } from '../../../renderer/screens/article/add-chips';

const options = { max: 4 };

describe('addChips', () => {
  it('adds what was typed, trimmed, splitting on ASCII and Chinese commas', () => {
    expect(addChips([], ' transport ,ferries，交通、港聞', { max: 10 })).toEqual({ values: ['transport', 'ferries', '交通', '港聞'], leftover: '' });
  });

  it('ignores duplicates in any letter case and empty entries', () => {
    expect(addChips(['Transport'], 'transport, TRANSPORT,, ', options)).toEqual({ values: ['Transport'], leftover: '' });
  });

  it('stops at the maximum count and gives back what did not fit, never dropping it', () => {
    expect(addChips(['a', 'b', 'c'], 'd, e, f', options)).toEqual({ values: ['a', 'b', 'c', 'd'], leftover: 'e, f' });
  });

  it('keeps an over-long entry whole', () => {
    const long = 'a'.repeat(60);
    expect(addChips([], long, options)).toEqual({ values: [long], leftover: '' });
  });
});

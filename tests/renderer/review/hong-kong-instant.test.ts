/**
 * Scheduling across a daylight-saving change: Hong Kong keeps none, the editor's computer may.
 * The time typed is Hong Kong time whatever zone the computer is in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hongKongInstant } from '../../../renderer/screens/review/ReviewActions';
import { newsroomTime } from '../../../renderer/sync/sync-state-text';

describe('a publishing time typed on a computer in a zone with daylight saving', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('the computer really is in such a zone: 02:30 on 14 March 2027 does not exist there', () => {
    expect(new Date(2027, 2, 14, 2, 30).getHours()).toBe(3);
  });

  it('a time in the computer’s spring-forward gap is still that Hong Kong time', () => {
    expect(hongKongInstant('2027-03-14T02:30')).toBe('2027-03-13T18:30:00.000Z');
    expect(newsroomTime('2027-03-13T18:30:00.000Z', 'en')).toBe('Mar 14, 2027, 2:30 AM GMT+8');
  });

  it('a time the computer’s clock passes twice in the autumn is one Hong Kong time', () => {
    expect(hongKongInstant('2027-11-07T01:30')).toBe('2027-11-06T17:30:00.000Z');
  });

  it('the hours either side of the change are 24 hours apart in Hong Kong, as they are', () => {
    const before = Date.parse(hongKongInstant('2027-03-13T09:00') ?? '');
    const after = Date.parse(hongKongInstant('2027-03-14T09:00') ?? '');
    expect(after - before).toBe(24 * 60 * 60 * 1000);
  });

  it('refuses what is not a date and time', () => {
    expect(hongKongInstant('14/03/2027 02:30')).toBeNull();
  });
});

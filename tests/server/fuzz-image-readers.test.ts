import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageCredits } from '../../electron/desk/media/read-image-credits';
import { readIptc } from '../../server/media/read-iptc';
import { parseSearchRequest } from '../../server/public-site/search/search-request';
import { caseCounter, fuzzRuns, fuzzTimeout } from '../helpers/fuzz-settings';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';
import { multipartBody, testJpeg } from './helpers/test-images';

/** A valid file changed the ways damaged and crafted files are: bytes flipped, cut, markers planted. */
function mutated(seedFiles: () => Buffer[]) {
  const iptcMarkers = [Buffer.from([0x1c, 0x01, 0x5a]), Buffer.from([0x1c, 0x02, 0x78, 0xff, 0xff]), Buffer.from('8BIM\x04\x04'), Buffer.from([0xff, 0xed, 0xff, 0xff]), Buffer.from('Exif\0\0MM')];
  return fc
    .record({
      file: fc.nat(),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      plant: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: iptcMarkers.length - 1 }))),
      cut: fc.option(fc.nat()),
    })
    .map(({ file, flips, plant, cut }) => {
      const files = seedFiles();
      let bytes = Buffer.from(files[file % files.length] ?? Buffer.alloc(0));
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      if (plant) {
        const at = plant[0] % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, at), iptcMarkers[plant[1]] ?? Buffer.alloc(0), bytes.subarray(at)]);
      }
      if (cut !== null) bytes = bytes.subarray(0, cut % (bytes.length + 1));
      return bytes;
    });
}

describe('fuzz: the IPTC/EXIF readers and the upload route on mutated JPEG and PNG files', () => {
  let files: Buffer[] = [];
  let desk: TestDesk;
  beforeAll(async () => {
    const jpeg = await testJpeg({ width: 32, height: 24, iptc: { caption: '渡輪泊岸', credit: 'Staff', byline: '陳', copyright: '©' } });
    const png = await sharp({ create: { width: 16, height: 12, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }).png().toBuffer();
    files = [jpeg, png, Buffer.concat([png, Buffer.from([0x1c, 0x01, 0x5a])])];
    desk = await createTestDesk('sqlite');
  });
  afterAll(async () => desk?.close());

  it('the readers never throw and always answer four strings', async () => {
    const cases = caseCounter('readIptc + readImageCredits');
    await fc.assert(
      fc.asyncProperty(mutated(() => files), async (bytes) => {
        cases.count();
        for (const credits of [await readIptc(bytes), await readImageCredits(bytes, bytes.subarray(0, 64))]) {
          expect(Object.values(credits).map((value) => typeof value)).toEqual(['string', 'string', 'string', 'string']);
        }
      }),
      fuzzRuns(300),
    );
    cases.report();
  });

  it('an upload of a mutated image is taken in or refused, never a 500', async () => {
    const cases = caseCounter('POST /api/media');
    await fc.assert(
      fc.asyncProperty(mutated(() => files), async (bytes) => {
        cases.count();
        const multipart = multipartBody(bytes, 'fuzzed.jpg');
        const response = await desk.app.inject({ method: 'POST', url: '/api/media', payload: multipart.body, headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.photo_editor}` } });
        expect([201, 400, 413, 415]).toContain(response.statusCode);
      }),
      fuzzRuns(12),
    );
    cases.report();
    // Each case renders three renditions with sharp on a shared two-core machine.
  }, fuzzTimeout(120_000));

  it('the site search parser never throws, whatever the query string holds', () => {
    const cases = caseCounter('parseSearchRequest');
    // What a parsed query string can hold: strings, repeated keys as arrays, or nothing.
    const value = fc.oneof(fc.string({ maxLength: 250 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.record({ q: value, scope: value, sort: value, page: value, lang: value }, { requiredKeys: [] }), (query) => {
        cases.count();
        const parsed = parseSearchRequest(query);
        expect(['empty', 'unsafe', 'search']).toContain(parsed.kind);
        if (parsed.kind === 'search') expect(parsed.terms.length).toBeGreaterThan(0);
      }),
      fuzzRuns(1500),
    );
    cases.report();
  });
});

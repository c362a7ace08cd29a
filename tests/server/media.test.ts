import exifr from 'exifr';
import sharp from 'sharp';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../shared/limits';
import { mediaResponseSchema, serverErrorSchema } from '../../shared/server-api';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk } from './helpers/test-desk';
import { pngDeclaring } from '../helpers/png-bomb';
import { multipartBody, testJpeg } from './helpers/test-images';

describe.each(databaseTargets())('media intake on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  function upload(bytes: Buffer, filename = 'photo.jpg', headers: Record<string, string> = {}) {
    const multipart = multipartBody(bytes, filename);
    return desk.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.photo_editor}`, ...headers },
      payload: multipart.body,
    });
  }

  it('reads UTF-8 Chinese IPTC caption, credit, byline and copyright and makes renditions without EXIF or GPS', async () => {
    const original = await testJpeg({
      width: 1600,
      height: 1200,
      iptc: { caption: '渡輪在中環碼頭泊岸。', credit: '（資料圖片）', byline: '陳大文', copyright: '© 2026 報社' },
    });
    // The fixture really carries GPS, or the check below would prove nothing.
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(22.27, 1) });

    const response = await upload(original);
    expect(response.statusCode).toBe(201);
    const media = mediaResponseSchema.parse(response.json());
    expect(media).toMatchObject({ width: 1600, height: 1200, sourceType: 'image/jpeg', caption: '渡輪在中環碼頭泊岸。', credit: '（資料圖片）', byline: '陳大文', copyright: '© 2026 報社' });
    expect(media.renditions.thumb).toMatchObject({ width: 320, height: 240, contentType: 'image/jpeg' });
    expect(media.renditions.large).toMatchObject({ width: 1600, height: 1200 });

    // Unpublished: served to staff (who-may-see is tested in public-site/public-media.test.ts).
    for (const rendition of Object.values(media.renditions)) {
      const served = await desk.call('GET', rendition.url, { as: 'photo_editor' });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect(served.headers['cache-control']).toBe('private, max-age=3600');
      const bytes = served.rawPayload;
      expect((await sharp(bytes).metadata()).width).toBe(rendition.width);
      expect(await exifr.gps(bytes)).toBeUndefined();
      expect(await exifr.parse(bytes, { tiff: true, exif: true, gps: true, iptc: true })).toBeUndefined();
    }
    const etag = (await desk.call('GET', media.renditions.medium.url, { as: 'photo_editor' })).headers.etag;
    const revalidated = await desk.call('GET', media.renditions.medium.url, { as: 'photo_editor', headers: { 'if-none-match': String(etag) } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('reads undeclared UTF-8 IPTC text too, and leaves missing fields empty', async () => {
    const media = mediaResponseSchema.parse((await upload(await testJpeg({ iptc: { caption: '九龍城', credit: 'Staff' }, declareUtf8: false }))).json());
    expect(media).toMatchObject({ caption: '九龍城', credit: 'Staff', byline: '', copyright: '' });
  });

  it('refuses files that are not images by their content, whatever their name', async () => {
    const response = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'photo.jpg');
    expect(response.statusCode).toBe(415);
    expect(serverErrorSchema.parse(response.json()).error.code).toBe('unsupported_media');
    const truncated = (await testJpeg()).subarray(0, 40);
    expect((await upload(truncated)).statusCode).toBe(415);
  });

  it('refuses images over the pixel limit before decoding them', async () => {
    // A PNG header that claims 10000×9000 pixels: refused from the header alone.
    const big = pngDeclaring(10000, 9000);
    expect(await sharp(big).metadata()).toMatchObject({ width: 10000, height: 9000 });
    expect(10000 * 9000).toBeGreaterThan(limits.imagePixelsMax);
    const response = await upload(big, 'huge.png');
    expect(response.statusCode).toBe(413);
    expect(serverErrorSchema.parse(response.json()).error.code).toBe('too_large');
  });

  it('refuses uploads over the byte limit with 413', async () => {
    const oversized = Buffer.concat([await testJpeg(), Buffer.alloc(limits.imageBytesMax + 1024)]);
    const response = await upload(oversized);
    expect(response.statusCode).toBe(413);
    expect(serverErrorSchema.parse(response.json()).error.code).toBe('too_large');
  });

  it('refuses an upload cut off at the byte limit instead of storing the first 30 MB of it', async () => {
    // Over a socket the body arrives in pieces; when one piece ends exactly at the limit the
    // multipart parser marks the file truncated only after its last bytes were handed over.
    // Two chunks split there reproduce that without a network.
    const oversized = Buffer.concat([await testJpeg(), Buffer.alloc(limits.imageBytesMax + 3 * 1024 * 1024)]);
    const multipart = multipartBody(oversized, 'oversized.jpg');
    const headLength = multipart.body.indexOf(Buffer.from('\r\n\r\n')) + 4;
    const splitAt = headLength + limits.imageBytesMax;
    const before = await desk.database.db.selectFrom('media').select('id').execute();
    const response = await desk.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { ...multipart.headers, authorization: `Bearer ${desk.tokens.photo_editor}` },
      payload: Readable.from([multipart.body.subarray(0, splitAt), multipart.body.subarray(splitAt)]),
    });
    expect(response.statusCode).toBe(413);
    expect(serverErrorSchema.parse(response.json()).error.code).toBe('too_large');
    expect(await desk.database.db.selectFrom('media').select('id').execute()).toHaveLength(before.length);
  });

  it('takes in a valid PNG that ends in the bytes of an IPTC character-set marker', async () => {
    const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();
    for (const tail of [[0x1c, 0x01, 0x5a], [0x1c, 0x01, 0x5a, 0x00]]) {
      const response = await upload(Buffer.concat([png, Buffer.from(tail)]), 'marker.png');
      expect(response.statusCode).toBe(201);
      expect(mediaResponseSchema.parse(response.json())).toMatchObject({ width: 24, height: 16, caption: '' });
    }
  });

  it('refuses a non-multipart upload and serves 404 for unknown media', async () => {
    const json = await desk.call('POST', '/api/media', { as: 'reporter', body: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect((await desk.app.inject({ method: 'GET', url: '/media/01JD000000000000000000000/large' })).statusCode).toBe(404);
    expect((await desk.app.inject({ method: 'GET', url: '/media/01JD000000000000000000000/original' })).statusCode).toBe(400);
  });
});

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseTargets } from '../helpers/test-database';
import { createTestDesk } from '../helpers/test-desk';
import type { TestDesk } from '../helpers/test-desk';
import { content, publish } from './public-site-helpers';

const manifestSchema = z.object({
  name: z.string().min(1),
  start_url: z.literal('/'),
  icons: z.array(z.object({ src: z.string(), sizes: z.string(), type: z.string() })).min(1),
});

describe.each(databaseTargets())('favicon and web app manifest, on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());
  const get = (url: string, headers: Record<string, string> = {}) => desk.app.inject({ method: 'GET', url, headers });

  it('/favicon.ico is a 32 × 32 icon (once a 404 on every page), cached a day, with the public CSP', async () => {
    const response = await get('/favicon.ico');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const bytes = response.rawPayload;
    // ICONDIR: reserved 0, type 1 (icon), one image of 32 × 32, its PNG from byte 22.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4), bytes[6], bytes[7]]).toEqual([0, 1, 1, 32, 32]);
    expect(bytes.readUInt32LE(14)).toBe(bytes.length - 22);
    const png = await sharp(bytes.subarray(22)).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', 32, 32]);
    const again = await get('/favicon.ico', { 'if-none-match': String(response.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('the manifest names the outlet and every icon it lists answers in its declared size and type', async () => {
    const response = await get('/manifest.webmanifest');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const manifest = manifestSchema.parse(response.json());
    expect(manifest.name).toBe('筆政新聞');
    for (const icon of manifest.icons) {
      const answer = await get(icon.src);
      expect(answer.statusCode, icon.src).toBe(200);
      expect(answer.headers['content-type'], icon.src).toBe(icon.type);
      if (icon.type === 'image/png') {
        const metadata = await sharp(answer.rawPayload).metadata();
        expect(`${metadata.width}x${metadata.height}`, icon.src).toBe(icon.sizes);
      } else {
        expect(answer.body, icon.src).toContain('<svg');
      }
    }
  });

  it('every public page links the favicon and the manifest', async () => {
    await publish(desk, content({ slug: 'ferry-icons', tags: ['transport'] }));
    for (const url of ['/', '/articles/ferry-icons', '/tags/transport', '/search?q=ferry']) {
      const page = (await get(url)).body;
      expect(page, url).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32">');
      expect(page, url).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(page, url).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    }
  });
});

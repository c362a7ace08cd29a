import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIcons } from '../../scripts/build-icons';

describe('the app icon, from resources/icon.svg', () => {
  let outputDir: string;
  beforeAll(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'copydesk-icons-'));
    await buildIcons('resources/icon.svg', outputDir);
  });
  afterAll(async () => rm(outputDir, { recursive: true, force: true }));

  it('gives Linux every hicolor size it looks for, each really that size', async () => {
    const files = (await readdir(join(outputDir, 'png'))).sort();
    expect(files).toEqual(['128x128.png', '16x16.png', '24x24.png', '256x256.png', '32x32.png', '48x48.png', '512x512.png', '64x64.png']);
    for (const file of files) {
      const size = Number(file.split('x')[0]);
      const metadata = await sharp(join(outputDir, 'png', file)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', size, size]);
    }
  });

  it('gives electron-builder a 1024 px PNG with transparent corners for .ico and .icns', async () => {
    const icon = sharp(join(outputDir, 'icon.png'));
    const metadata = await icon.metadata();
    expect([metadata.width, metadata.height, metadata.hasAlpha]).toEqual([1024, 1024, true]);
    const { data } = await icon.raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(y * 1024 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(512, 512)).toBe(255);
  });
});

/**
 * A photographer's 12-megapixel JPEG through the desk's intake (sniff, header check, original
 * copy, three WebP renditions, IPTC/XMP read), against the least any intake must do: decode the
 * photo once and write one 1600 px WebP. Goal: under 3 s per photo on this shared machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaIntake } from '../../electron/desk/media/media-intake';
import { jpegWithIptc } from '../electron/media/jpeg-with-iptc';
import { percentile, printTable } from './table';

const runs = 4;
const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-media-bench-'));
try {
  const base = await jpegWithIptc({ caption: '中環碼頭的天星小輪', credit: '（資料圖片）' }, 'utf-8', true, 4000, 3000);
  // Noise makes the JPEG realistic to decode (a flat colour decodes unrealistically fast).
  const noise = Buffer.alloc(400 * 300 * 3);
  for (let index = 0; index < noise.length; index += 1) noise[index] = Math.floor(Math.random() * 256);
  const noisy = await sharp(base).composite([{ input: noise, raw: { width: 400, height: 300, channels: 3 }, tile: true, blend: 'overlay' }]).jpeg({ quality: 88 }).toBuffer();
  const intake = new MediaIntake(dataDir);
  const minimal: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let start = performance.now();
    await sharp(noisy).resize({ width: 1600 }).webp({ quality: 82 }).toFile(join(dataDir, `minimal-${run}.webp`));
    minimal.push(performance.now() - start);
    start = performance.now();
    await intake.importImage('photo.jpg', noisy);
    full.push(performance.now() - start);
  }
  printTable(`Photo intake of a 4000×3000 JPEG (${(noisy.length / 1024 / 1024).toFixed(1)} MB, ${runs} runs)`, [
    { name: 'decode + one 1600 px WebP p50', value: percentile(minimal, 50), unit: 'ms' },
    { name: 'media:import intake p50', value: percentile(full, 50), unit: 'ms', baseline: 'decode + one 1600 px WebP p50', goal: '< 3000 ms' },
    { name: 'media:import intake max', value: Math.max(...full), unit: 'ms', baseline: 'decode + one 1600 px WebP p50' },
  ]);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

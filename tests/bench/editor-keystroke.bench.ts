/**
 * Keystroke-to-paint latency in Chromium: the full article screen on a long article (~8,000
 * Chinese characters, ~3,000 English words, 20 case sections, 30 figures) against a bare
 * StarterKit editor holding the same text. Goal: full p95 ≤ 1.3× bare p95 and < 16 ms.
 *
 * Builds its own small page with Vite into a temporary folder, serves it on 127.0.0.1, types
 * in both editors in alternating rounds, and reads the latencies the page recorded.
 */
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { build } from 'vite';
import { z } from 'zod';
import { chromiumLaunchArgs } from '../e2e/fixtures/chromium';
import { cursorMarker } from './editor-keystroke/long-article';
import { percentile, printTable } from './table';

const pageRoot = join(dirname(fileURLToPath(import.meta.url)), 'editor-keystroke');
const warmupKeys = 20;
const measuredKeys = 120;
const rounds = 2;
const keyGapMs = 45;

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

function serve(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, path === '/' ? 'index.html' : path);
    readFile(file)
      .then((body) => {
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

async function measure(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(url);
  const paragraph = page.locator('.ProseMirror p', { hasText: cursorMarker });
  await paragraph.waitFor({ timeout: 60_000 });
  await paragraph.click();
  await page.keyboard.press('End');
  const letters = 'newsroom desk ';
  for (let index = 0; index < warmupKeys + measuredKeys; index += 1) {
    if (index === warmupKeys) await page.evaluate(() => Reflect.set(window, 'benchLatencies', []));
    await page.keyboard.press(letters[index % letters.length] ?? 'a');
    await page.waitForTimeout(keyGapMs);
  }
  await page.waitForTimeout(300);
  const samples = z.array(z.number()).parse(await page.evaluate(() => Reflect.get(window, 'benchLatencies')));
  const typed = await paragraph.textContent();
  if (!typed?.includes('newsroom desk')) throw new Error(`The keystrokes did not reach the editor (${url}).`);
  await page.close();
  return samples;
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'copydesk-editor-bench-'));
  let browser: Browser | undefined;
  let server: Server | undefined;
  try {
    await build({ root: pageRoot, base: './', logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
    await mkdir(join(outDir, 'media'), { recursive: true });
    await writeFile(join(outDir, 'media', 'bench.png'), await sharp({ create: { width: 800, height: 500, channels: 3, background: '#4060a0' } }).png().toBuffer());
    const served = await serve(outDir);
    server = served.server;
    // No frame-rate limit: a frame is drawn as soon as the keystroke's work is done, so the
    // figure is the editor's cost, not the wait for the next 60 Hz vsync.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...chromiumLaunchArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    });
    const bare: number[] = [];
    const full: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      bare.push(...(await measure(browser, `${served.origin}/index.html?mode=bare`)));
      full.push(...(await measure(browser, `${served.origin}/index.html?mode=full`)));
    }
    printTable(`Keystroke to paint, ${bare.length} bare and ${full.length} full keystrokes`, [
      { name: 'bare StarterKit p50', value: percentile(bare, 50), unit: 'ms' },
      { name: 'bare StarterKit p95', value: percentile(bare, 95), unit: 'ms' },
      { name: 'article screen p50', value: percentile(full, 50), unit: 'ms', baseline: 'bare StarterKit p50' },
      { name: 'article screen p95', value: percentile(full, 95), unit: 'ms', baseline: 'bare StarterKit p95', goal: '≤ 1.3× bare, < 16 ms' },
    ]);
  } finally {
    await browser?.close();
    server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();

/**
 * The desk's newsroom sync on loopback against the project's real server: submitting an article
 * with 30 photographers' 12 MP JPEGs (time, and bytes on the wire against the images' own bytes,
 * counted by a TCP proxy between desk and server); re-submitting after a one-word edit (no image
 * again, ≤ 64 KB); pulling 200 articles the newsroom changed (≤ 2 s).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ArticleContent, DocNode } from '../../shared/article';
import { readyContent } from '../server/helpers/article-fixtures';
import { connectionTo, contentOf, editOnServer, mediaRows, openDesk, paragraph, startNewsroom, tempDir } from '../electron/sync/sync-helpers';
import type { TestDesk } from '../electron/sync/sync-helpers';
import { printTable } from './table';

const images = Number(process.env.SYNC_BENCH_IMAGES ?? 30);
const pulled = 200;

/** Forwards TCP to `target`, counting the bytes the desk sends. */
async function countingProxy(targetPort: number): Promise<{ url: string; sent(): number; reset(): void; close(): Promise<void> }> {
  let count = 0;
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    client.on('data', (chunk) => {
      count += chunk.length;
    });
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent: () => count, reset: () => (count = 0), close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A 4000×3000 JPEG with its own noise, so no two compress alike and none to nothing. */
async function photo(seed: number): Promise<Buffer> {
  const tile = randomBytes(500 * 375 * 3);
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 40 + (seed % 50), g: 90, b: 140 } } })
    .composite([{ input: tile, raw: { width: 500, height: 375, channels: 3 }, tile: true, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function submitAndWait(desk: TestDesk, draftId: string): Promise<number> {
  const start = performance.now();
  await desk.sync.engine.submit(draftId);
  for (;;) {
    await desk.sync.engine.settled();
    const state = await desk.sync.engine.state(draftId);
    if (state.state !== 'waiting' && state.state !== 'sending') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - start;
}

const newsroom = await startNewsroom();
const folder = await tempDir();
const proxy = await countingProxy(Number(new URL(newsroom.baseUrl).port));
try {
  const desk = await openDesk(folder.dir, connectionTo(proxy.url, newsroom.reporter));
  let imageBytes = 0;
  const figures: DocNode[] = [];
  for (let index = 0; index < images; index += 1) {
    const mediaId = `m_bench${index}`;
    await mkdir(join(folder.dir, 'media', mediaId), { recursive: true });
    const file = join(folder.dir, 'media', mediaId, 'original.jpg');
    await writeFile(file, await photo(index));
    imageBytes += (await stat(file)).size;
    if (index > 0) figures.push({ type: 'figure', attrs: { mediaId, src: `media/${mediaId}/large.webp`, caption: `圖 ${index}`, credit: 'Staff photographer', alt: `Photo ${index}` } });
  }
  const fixture = readyContent('三十張相片的報道');
  const content: ArticleContent = {
    ...fixture,
    leadImage: fixture.leadImage ? { ...fixture.leadImage, mediaId: 'm_bench0', src: 'media/m_bench0/large.webp' } : null,
    body: { type: 'doc', content: [paragraph('Fares will rise by 5 per cent next January, operators said.'), ...figures] },
  };
  const draft = await desk.drafts.create('en');
  await desk.drafts.save(draft.id, content);

  proxy.reset();
  const submitMs = await submitAndWait(desk, draft.id);
  const submitBytes = proxy.sent();
  const rowsAfterSubmit = await mediaRows(newsroom);

  await desk.drafts.save(draft.id, { ...content, body: { ...content.body, content: [paragraph('Fares will rise by 6 per cent next January, operators said.'), ...figures] } });
  proxy.reset();
  const resubmitMs = await submitAndWait(desk, draft.id);
  const resubmitBytes = proxy.sent();
  const imagesResent = (await mediaRows(newsroom)) - rowsAfterSubmit;

  // 200 sent drafts, each then changed by the chief editor on the newsroom.
  const ids: string[] = [];
  for (let index = 0; index < pulled; index += 1) {
    const other = await desk.drafts.create('zh-Hant');
    await desk.drafts.save(other.id, { ...readyContent(`第 ${index} 篇`), leadImage: null });
    await desk.sync.engine.submit(other.id);
    ids.push(other.id);
  }
  await desk.sync.engine.settled();
  await desk.sync.pull.pull();
  for (const id of ids) {
    const serverId = desk.sync.engine.records.get(id)?.serverId;
    if (serverId) await editOnServer(newsroom, serverId, (article) => ({ ...contentOf(article), standfirst: '編輯部更新' }));
  }
  let start = performance.now();
  const result = await desk.sync.pull.pull();
  const pullMs = performance.now() - start;
  start = performance.now();
  const idle = await desk.sync.pull.pull();
  const idlePullMs = performance.now() - start;
  if (result.updated.length !== pulled || idle.updated.length !== 0) throw new Error(`Pull took in ${result.updated.length} articles (then ${idle.updated.length}), expected ${pulled} (then 0).`);
  await desk.close();

  printTable(`Newsroom sync on loopback (${images} JPEGs of 4000×3000, ${(imageBytes / 1024 / 1024).toFixed(1)} MB)`, [
    { name: 'images’ own bytes', value: imageBytes / 1024, unit: 'KB' },
    { name: 'submit: bytes on the wire', value: submitBytes / 1024, unit: 'KB', baseline: 'images’ own bytes', goal: '≤ 1.05×' },
    { name: 'submit: time', value: submitMs, unit: 'ms' },
    { name: 'one-word re-submit goal', value: 64, unit: 'KB' },
    { name: 'one-word re-submit: bytes on the wire', value: resubmitBytes / 1024, unit: 'KB', baseline: 'one-word re-submit goal', goal: '≤ 1× (64 KB)' },
    { name: 'one-word re-submit: images re-sent', value: imagesResent, unit: '' , goal: '0' },
    { name: 'one-word re-submit: time', value: resubmitMs, unit: 'ms' },
    { name: 'pull goal', value: 2000, unit: 'ms' },
    { name: `pull of ${pulled} changed articles`, value: pullMs, unit: 'ms', baseline: 'pull goal', goal: '≤ 1× (2 s)' },
    { name: 'pull with nothing changed', value: idlePullMs, unit: 'ms', baseline: 'pull goal' },
  ]);
} finally {
  await proxy.close();
  await newsroom.close();
  await folder.remove();
}

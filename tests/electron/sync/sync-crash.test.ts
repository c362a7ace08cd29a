/**
 * The sync engine's promise under SIGKILL: a submit (two uploads, create, submit) and a later send
 * (update) are queued, then a child process delivers them to the real server and is killed at
 * random moments, many times. After the last run each effect happened exactly once (the server's
 * audit history and media rows), and the sync record's base is the revision the server holds.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyContent } from '../../server/helpers/article-fixtures';
import { addLocalImage, connectionTo, contentOf, historyActions, mediaRows, openDesk, paragraph, serverArticle, startNewsroom } from './sync-helpers';
import type { Newsroom } from './sync-helpers';

const kills = 20;

describe('sync engine crash safety against a real newsroom server', () => {
  let work: string;
  let script: string;
  let newsroom: Newsroom;

  beforeAll(async () => {
    work = await mkdtemp(join(process.cwd(), 'node_modules', '.copydesk-sync-crash-'));
    script = join(work, 'crash-sync-runner.mjs');
    await build({ entryPoints: [join(import.meta.dirname, 'crash-sync-runner.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, packages: 'external', logLevel: 'silent', absWorkingDir: process.cwd() });
    newsroom = await startNewsroom();
  }, 60_000);

  afterAll(async () => {
    await newsroom?.close();
    await rm(work, { recursive: true, force: true });
  });

  it(`delivers a submit and a send exactly once across ${kills} SIGKILLs`, async () => {
    const dir = join(work, 'desk');
    const mediaBefore = await mediaRows(newsroom);
    // Queued while the newsroom is out of reach, so every job is still on disk.
    const offline = await openDesk(dir, connectionTo('http://127.0.0.1:9', newsroom.reporter));
    await addLocalImage(dir, 'm_lead', 64);
    await addLocalImage(dir, 'm_fig', 80);
    const fixture = readyContent('渡輪加價');
    const content = { ...fixture, leadImage: fixture.leadImage ? { ...fixture.leadImage, mediaId: 'm_lead' } : null, body: { type: 'doc' as const, content: [paragraph('票價將上調。'), { type: 'figure', attrs: { mediaId: 'm_fig', src: 'media/m_fig/large.webp', caption: '乘客', credit: '資料圖片', alt: '乘客登船' } }] } };
    const draft = await offline.drafts.create('zh-Hant');
    await offline.drafts.save(draft.id, content);
    await offline.sync.engine.submit(draft.id);
    await offline.drafts.save(draft.id, { ...content, headline: '渡輪加價（更新）' });
    await offline.sync.engine.send(draft.id);
    await offline.close();

    let killedMidway = 0;
    for (let round = 0; round < kills; round += 1) {
      const outcome = await runOnce(script, [dir, newsroom.baseUrl, newsroom.reporter], Math.random() * 120);
      if (outcome === 'done') break;
      killedMidway += 1;
    }
    expect(await runOnce(script, [dir, newsroom.baseUrl, newsroom.reporter], null)).toBe('done');
    expect(killedMidway).toBeGreaterThanOrEqual(2);

    const reopened = await openDesk(dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
    try {
      const record = reopened.sync.engine.records.get(draft.id);
      const serverId = record?.serverId ?? '';
      expect(await historyActions(newsroom, serverId)).toEqual(['create', 'submit', 'edit']);
      expect(await mediaRows(newsroom)).toBe(mediaBefore + 2);
      const article = await serverArticle(newsroom, serverId);
      expect(article.headline).toBe('渡輪加價（更新）');
      expect(record?.base?.revision).toBe(article.revision);
      expect(record?.base?.content).toEqual(contentOf(await reopened.drafts.get(draft.id)));
      expect(await reopened.sync.engine.state(draft.id)).toEqual({ state: 'sent', serverId, revision: 2 });
    } finally {
      await reopened.close();
    }
  }, 300_000);
});

/** Runs the child; SIGKILLs it `afterMs` after it is ready (never when null). */
async function runOnce(script: string, args: string[], afterMs: number | null): Promise<'done' | 'killed'> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    if (afterMs !== null && timer === undefined && output.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  if (output.includes('done\n') && code === 0) return 'done';
  if (code !== null) throw new Error(`The sync child stopped by itself (${code}): ${output}`);
  return 'killed';
}

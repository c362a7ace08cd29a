import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { buildWebServer, tokenCookie } from '../../../electron/web/web-server';
import { keepaliveBody } from '../../../renderer/api/page-exit';
import { emptyArticleContent, type ArticleContent } from '../../../shared/article';

const token = 'a-test-token-that-is-long-enough-0123456789';

/**
 * The page's last save, sent with `fetch(..., { keepalive: true })` as the tab closes, is an
 * ordinary DeskApi call on the wire: the same URL, cookie and JSON, so web mode gives it the same
 * host, token and zod checks as every other call. These tests send it exactly as the page does.
 */
describe('web mode: the keepalive save sent as the page goes away', () => {
  let dataDir: string;
  let desk: Desk;
  let server: FastifyInstance;
  let draftId: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-keepalive-'));
    const rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' } });
    server = await buildWebServer({ handlers: desk.handlers, token, rendererDir, dataDir });
    draftId = (await desk.handlers['drafts:create']({ language: 'zh-Hant' })).id;
  });

  afterEach(async () => {
    await server.close();
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function contentWithBody(text: string): ArticleContent {
    return {
      ...emptyArticleContent('zh-Hant'),
      headline: '渡輪加價',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    };
  }

  const send = (payload: string, headers: Record<string, string> = {}) =>
    server.inject({
      method: 'POST',
      url: '/desk/drafts/save',
      headers: { host: '127.0.0.1:5170', 'content-type': 'application/json', cookie: `${tokenCookie}=${token}`, ...headers },
      payload,
    });

  const bodyText = async () => {
    const draft = await desk.handlers['drafts:get']({ id: draftId });
    const first = draft.body.content?.[0];
    return first && 'content' in first ? JSON.stringify(first.content) : '';
  };

  it('writes a Chinese draft as large as a keepalive request may be, exactly', async () => {
    // ~60 KiB of UTF-8: 20,000 characters at three bytes each, minus the JSON around them.
    const text = '最後一句，'.repeat(3_950);
    const body = keepaliveBody({ id: draftId, content: contentWithBody(text), explicit: false });
    expect(body).not.toBeNull();
    const response = await send(body ?? '');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { id: draftId } });
    expect(await bodyText()).toBe(JSON.stringify([{ type: 'text', text }]));
  });

  it('also takes a larger draft sent without keepalive (the page asked before leaving)', async () => {
    const text = '長稿'.repeat(40_000);
    const request = { id: draftId, content: contentWithBody(text), explicit: false };
    expect(keepaliveBody(request)).toBeNull();
    const response = await send(JSON.stringify(request));
    expect(response.json()).toMatchObject({ ok: true });
    expect(await bodyText()).toBe(JSON.stringify([{ type: 'text', text }]));
  });

  it('refuses the save without the token or from a foreign host, and the draft keeps its text', async () => {
    const saved = JSON.stringify({ id: draftId, content: contentWithBody('已保存'), explicit: false });
    expect((await send(saved)).statusCode).toBe(200);
    const other = JSON.stringify({ id: draftId, content: contentWithBody('不應寫入'), explicit: false });
    expect((await send(other, { cookie: '' })).statusCode).toBe(401);
    expect((await send(other, { cookie: `${tokenCookie}=wrong` })).statusCode).toBe(401);
    expect((await send(other, { host: 'rebind.attacker.example:5170' })).statusCode).toBe(403);
    expect((await send(other, { 'content-type': 'text/plain' })).statusCode).toBe(415);
    expect(await bodyText()).toBe(JSON.stringify([{ type: 'text', text: '已保存' }]));
  });

  it('parses the save with the DeskApi schema: malformed content is refused with a reason, nothing written', async () => {
    const before = await bodyText();
    const response = await send(JSON.stringify({ id: draftId, content: { headline: 42 }, explicit: false }));
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(String(answer.error.message)).toContain('drafts:save');
    expect(await bodyText()).toBe(before);
    const broken = await send('{"id":');
    expect(broken.statusCode).toBe(400);
  });
});

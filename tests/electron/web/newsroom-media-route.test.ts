/**
 * Newsroom images on the desk's own origin (`/newsroom/media/<id>/<rendition>`): web mode fetches
 * them from a real newsroom with the session, so the review preview shows unpublished pictures.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { buildWebServer, tokenCookie } from '../../../electron/web/web-server';
import { multipartBody, testJpeg } from '../../server/helpers/test-images';
import { startNewsroom, type Newsroom } from '../sync/sync-helpers';

const token = 'a-test-token-that-is-long-enough-0123456789';
const headers = { host: '127.0.0.1:5170', cookie: `${tokenCookie}=${token}` };

describe('newsroom images through the desk', () => {
  let newsroom: Newsroom;
  let dataDir: string;
  let desk: Desk;
  let server: FastifyInstance;
  let mediaId: string;

  beforeAll(async () => {
    newsroom = await startNewsroom();
    const upload = multipartBody(await testJpeg({ width: 1200, height: 800 }), 'pier.jpg');
    const response = await fetch(`${newsroom.baseUrl}/api/media`, { method: 'POST', headers: { ...upload.headers, authorization: `Bearer ${newsroom.reporter}` }, body: new Uint8Array(upload.body) });
    mediaId = ((await response.json()) as { id: string }).id;
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-web-media-'));
    const rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' }, newsroomUrl: () => newsroom.baseUrl });
    server = await buildWebServer({ handlers: desk.handlers, token, rendererDir, dataDir, newsroomMedia: desk.newsroomMedia });
  });
  afterAll(async () => {
    await server?.close();
    await desk?.close();
    await newsroom?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('signed out: the page is told to sign in, nothing is fetched', async () => {
    const response = await server.inject({ method: 'GET', url: `/newsroom/media/${mediaId}/thumb`, headers });
    expect(response.statusCode).toBe(401);
  });

  it('signed in: the same bytes the newsroom serves, with its type; only with the desk’s cookie', async () => {
    await desk.session.signIn({ serverUrl: newsroom.baseUrl, username: 'lee', password: 'correct horse battery' });
    const direct = await fetch(`${newsroom.baseUrl}/media/${mediaId}/thumb`, { headers: { authorization: `Bearer ${newsroom.editor}` } });
    const expected = Buffer.from(await direct.arrayBuffer());
    const response = await server.inject({ method: 'GET', url: `/newsroom/media/${mediaId}/thumb`, headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(direct.headers.get('content-type'));
    expect(response.rawPayload.equals(expected)).toBe(true);
    expect(expected.length).toBeGreaterThan(100);
    const stranger = await server.inject({ method: 'GET', url: `/newsroom/media/${mediaId}/thumb`, headers: { host: '127.0.0.1:5170' } });
    expect(stranger.statusCode).toBe(401);
  });

  it('an image the newsroom lacks, or an address that is not an image’s, is a 404', async () => {
    expect((await server.inject({ method: 'GET', url: '/newsroom/media/m_missing/thumb', headers })).statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: `/newsroom/media/${mediaId}/..%2F..%2Fapi`, headers })).statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: '/newsroom/media/a.b/thumb', headers })).statusCode).toBe(404);
  });
});

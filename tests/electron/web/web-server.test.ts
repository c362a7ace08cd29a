import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { isLoopbackHost } from '../../../electron/web/host-check';
import { buildWebServer, tokenCookie } from '../../../electron/web/web-server';

const token = 'a-test-token-that-is-long-enough-0123456789';

describe('web mode server', () => {
  let dataDir: string;
  let rendererDir: string;
  let desk: Desk;
  let server: FastifyInstance;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-web-'));
    rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' } });
    server = await buildWebServer({ handlers: desk.handlers, token, rendererDir, dataDir });
  });

  afterEach(async () => {
    await server.close();
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const deskCall = (headers: Record<string, string>) =>
    server.inject({ method: 'POST', url: '/desk/drafts/list', headers: { host: '127.0.0.1:5170', 'content-type': 'application/json', ...headers }, payload: '{}' });

  it('exchanges the printed token for an HttpOnly, SameSite=Strict cookie and drops it from the URL', async () => {
    const response = await server.inject({ method: 'GET', url: `/?token=${token}`, headers: { host: '127.0.0.1:5170' } });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain(`${tokenCookie}=${token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('refuses a wrong token', async () => {
    const response = await server.inject({ method: 'GET', url: '/?token=guess', headers: { host: '127.0.0.1:5170' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers DeskApi calls only with the token cookie', async () => {
    expect((await deskCall({})).statusCode).toBe(401);
    expect((await deskCall({ cookie: `${tokenCookie}=wrong` })).statusCode).toBe(401);
    const ok = await deskCall({ cookie: `${tokenCookie}=${token}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true, value: [] });
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const response = await deskCall({ cookie: `${tokenCookie}=${token}`, host: 'rebind.attacker.example:5170' });
    expect(response.statusCode).toBe(403);
  });

  it('refuses non-JSON DeskApi requests, which a cross-site form could send', async () => {
    const response = await server.inject({
      method: 'POST',
      url: '/desk/drafts/create',
      headers: { host: 'localhost:5170', cookie: `${tokenCookie}=${token}`, 'content-type': 'text/plain' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(415);
  });

  it('sends a strict Content-Security-Policy with the app', async () => {
    const response = await server.inject({ method: 'GET', url: '/', headers: { host: 'localhost:5170', cookie: `${tokenCookie}=${token}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('accepts only loopback host names', () => {
    expect(isLoopbackHost('127.0.0.1:5170')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('[::1]:5170')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.attacker.example')).toBe(false);
    expect(isLoopbackHost('localhost.attacker.example:5170')).toBe(false);
    expect(isLoopbackHost(undefined)).toBe(false);
  });
});

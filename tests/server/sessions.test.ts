import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, serverErrorSchema, sessionUserSchema, unlockUserResponseSchema } from '../../shared/server-api';
import { join } from 'node:path';
import { buildServerApp } from '../../server/app';
import { parseTrustProxy } from '../../server/cli/parse-trust-proxy';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { disableUser } from '../../server/users/user-commands';
import { databaseTargets } from './helpers/test-database';
import type { TestDesk } from './helpers/test-desk';
import { createTestDesk, testPassword } from './helpers/test-desk';

describe.each(databaseTargets())('sessions and sign-in on %s', (target) => {
  let desk: TestDesk;
  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    desk = await createTestDesk(target, {
      logger: { level: 'info', stream },
      login: { freeFailuresPerAccount: 3, firstDelayMs: 1000, maxFailuresPerAddress: 8, maxAttemptsPerAddress: 20, failureWindowMs: 10 * 60 * 1000, sessionTtlMs: 60 * 60 * 1000 },
    });
  });
  afterAll(async () => desk?.close());

  function login(username: string, password: string, remoteAddress = '10.0.0.1') {
    return desk.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress });
  }

  it('signs in with the right password, and refuses a wrong password and an unknown user alike', async () => {
    const ok = await login('admin', testPassword, '10.0.1.1');
    expect(ok.statusCode).toBe(201);
    const session = loginResponseSchema.parse(ok.json());
    expect(session.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(session.expiresAt).toBe('2026-11-28T10:00:00.000Z');
    const me = await desk.app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${session.token}` } });
    expect(sessionUserSchema.parse(me.json()).username).toBe('admin');

    const wrong = await login('admin', 'not the password', '10.0.1.1');
    const unknown = await login('nobody', 'not the password', '10.0.1.1');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(serverErrorSchema.parse(wrong.json()).error.message).toBe(serverErrorSchema.parse(unknown.json()).error.message);
  });

  it("does not let an outsider's wrong guesses keep the account's owner out", async () => {
    // Before: five failures for a username refused even the right password for 15 minutes.
    for (let attempt = 0; attempt < 8; attempt += 1) await login('reporter2', `guess ${attempt}`, '203.0.113.9');
    expect((await login('reporter2', testPassword, '10.0.2.4')).statusCode).toBe(201);
  });

  it('slows down wrong passwords from one address with a doubling wait instead of a block', async () => {
    const address = '10.0.2.7';
    // freeFailuresPerAccount is 3 here, the first wait 1 s.
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await login('photo-editor', 'wrong', address)).statusCode).toBe(401);
    const start = desk.clock.now.getTime();
    const at = (ms: number) => {
      desk.clock.now = new Date(start + ms);
    };
    const tooSoon = await login('photo-editor', testPassword, address);
    expect(tooSoon.statusCode).toBe(429);
    expect(serverErrorSchema.parse(tooSoon.json()).error.code).toBe('rate_limited');
    expect(tooSoon.headers['retry-after']).toBe('1');
    at(1000);
    expect((await login('photo-editor', 'wrong again', address)).statusCode).toBe(401);
    at(2500);
    const secondWait = await login('photo-editor', testPassword, address);
    expect([secondWait.statusCode, secondWait.headers['retry-after']]).toEqual([429, '1']);
    at(3000);
    expect((await login('photo-editor', testPassword, address)).statusCode).toBe(201);
    // A success from that address clears its failures: the next wrong try is free again.
    expect((await login('photo-editor', 'typo', address)).statusCode).toBe(401);
    desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
  });

  it('records each attempt before judging it: of 12 simultaneous wrong guesses no more than the limit are checked', async () => {
    // Before, every guess read the count before any was written, and all 12 were checked.
    const statuses = await Promise.all(Array.from({ length: 12 }, (_, index) => login('admin', `parallel guess ${index}`, '10.0.9.1')));
    const checked = statuses.filter((response) => response.statusCode === 401).length;
    const refused = statuses.filter((response) => response.statusCode === 429).length;
    // All 12 may be refused (each can see the others' recorded attempts before it counts): that is
    // the safe side. Sequential guesses reaching the password check are the next test's concern.
    expect(checked).toBeLessThanOrEqual(3);
    expect(checked + refused).toBe(12);
  });

  it('limits sign-in attempts per address, whatever the usernames', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 9; attempt += 1) statuses.push((await login(`user${attempt}`, 'guess', '10.0.3.1')).statusCode);
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
    expect((await login('admin', testPassword, '10.0.3.2')).statusCode).toBe(201);
  });

  it('shares every limit between server processes on one database: failures and the per-minute burst', async () => {
    // Two app instances on one database stand for two processes behind a load balancer.
    const instances = await Promise.all(
      [1, 2].map(() =>
        buildServerApp({
          db: desk.database.db,
          media: localMediaStorage(join(desk.database.dataDir, 'media')),
          now: () => desk.clock.now,
          login: { maxFailuresPerAddress: 4, freeFailuresPerAccount: 100, maxAttemptsPerAddress: 6 },
        }),
      ),
    );
    try {
      const attempt = (index: number, username: string, password: string, remoteAddress: string) =>
        instances[index % 2]?.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress });
      const statuses: (number | undefined)[] = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await attempt(index, `guess${index}`, 'wrong', '10.0.7.1'))?.statusCode);
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect((await attempt(0, 'admin', testPassword, '10.0.7.1'))?.statusCode).toBe(429);
      expect((await attempt(1, 'admin', testPassword, '10.0.7.1'))?.statusCode).toBe(429);
      expect((await attempt(0, 'admin', testPassword, '10.0.7.2'))?.statusCode).toBe(201);

      // Six attempts a minute per address, counted over both processes (in memory it was six each).
      const burst: (number | undefined)[] = [];
      for (let index = 0; index < 7; index += 1) burst.push((await attempt(index, 'admin', testPassword, '10.0.8.1'))?.statusCode);
      expect(burst).toEqual([201, 201, 201, 201, 201, 201, 429]);
      desk.clock.now = new Date(desk.clock.now.getTime() + 61 * 1000);
      expect((await attempt(0, 'admin', testPassword, '10.0.8.1'))?.statusCode).toBe(201);
    } finally {
      desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
      await Promise.all(instances.map((instance) => instance.close()));
    }
    // Thirteen password checks (scrypt) on a shared two-core machine.
  }, 90_000);

  it('lets an administrator unlock an account over the API, and no one else', async () => {
    const address = '10.0.10.1';
    // Three free failures, then the fourth try is refused (too soon) and counts as no guess.
    const tries = [];
    for (let attempt = 0; attempt < 4; attempt += 1) tries.push((await login('chief-editor', 'wrong', address)).statusCode);
    expect(tries).toEqual([401, 401, 401, 429]);
    expect((await login('chief-editor', testPassword, address)).statusCode).toBe(429);
    expect((await desk.call('POST', '/api/users/chief-editor/unlock', { as: 'chief_editor' })).statusCode).toBe(403);
    expect((await desk.call('POST', '/api/users/nobody/unlock', { as: 'admin' })).statusCode).toBe(404);
    const unlocked = await desk.call('POST', '/api/users/Chief-Editor/unlock', { as: 'admin' });
    expect(unlocked.statusCode).toBe(200);
    expect(unlockUserResponseSchema.parse(unlocked.json())).toEqual({ username: 'chief-editor', forgivenFailures: 3 });
    expect((await login('chief-editor', testPassword, address)).statusCode).toBe(201);
  });

  it('believes X-Forwarded-For only from a trusted proxy (COPYDESK_TRUST_PROXY)', async () => {
    const behindProxy = await buildServerApp({
      db: desk.database.db,
      media: localMediaStorage(join(desk.database.dataDir, 'media')),
      now: () => desk.clock.now,
      trustProxy: parseTrustProxy('10.0.11.1'),
      login: { maxFailuresPerAddress: 2, freeFailuresPerAccount: 100 },
    });
    try {
      const viaProxy = (client: string, password: string, remoteAddress = '10.0.11.1') =>
        behindProxy.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password }, remoteAddress, headers: { 'x-forwarded-for': client } });
      // One guesser behind the load balancer does not use up the newsroom's limit.
      for (let attempt = 0; attempt < 3; attempt += 1) await viaProxy('198.51.100.7', 'wrong');
      expect((await viaProxy('198.51.100.7', testPassword)).statusCode).toBe(429);
      expect((await viaProxy('198.51.100.8', testPassword)).statusCode).toBe(201);
      // A client that is not the proxy cannot pick its address with the header.
      for (let attempt = 0; attempt < 2; attempt += 1) await viaProxy(`192.0.2.${attempt}`, 'wrong', '10.0.11.99');
      expect((await viaProxy('192.0.2.50', testPassword, '10.0.11.99')).statusCode).toBe(429);
    } finally {
      await behindProxy.close();
    }
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(() => parseTrustProxy('2')).toThrow(/COPYDESK_TRUST_PROXY/);
    expect(parseTrustProxy('10.0.0.5, 10.1.0.0/16')).toEqual(['10.0.0.5', '10.1.0.0/16']);
    expect(() => parseTrustProxy('true')).toThrow(/COPYDESK_TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/99')).toThrow(/COPYDESK_TRUST_PROXY/);
  });

  it('revokes a token on sign-out and refuses it after it expires', async () => {
    const session = loginResponseSchema.parse((await login('photo-editor', testPassword, '10.0.4.1')).json());
    const headers = { authorization: `Bearer ${session.token}` };
    expect((await desk.app.inject({ method: 'DELETE', url: '/api/session', headers })).statusCode).toBe(204);
    expect((await desk.app.inject({ method: 'GET', url: '/api/session', headers })).statusCode).toBe(401);

    const second = loginResponseSchema.parse((await login('photo-editor', testPassword, '10.0.4.1')).json());
    const secondHeaders = { authorization: `Bearer ${second.token}` };
    desk.clock.now = new Date(desk.clock.now.getTime() + 61 * 60 * 1000);
    expect((await desk.app.inject({ method: 'GET', url: '/api/session', headers: secondHeaders })).statusCode).toBe(401);
    desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
    expect((await desk.app.inject({ method: 'GET', url: '/api/session', headers: { authorization: 'Bearer not-a-real-token-at-all-000' } })).statusCode).toBe(401);
  });

  it('signs a disabled user out everywhere and refuses their sign-in', async () => {
    const before = await desk.call('GET', '/api/session', { as: 'reporter' });
    expect(before.statusCode).toBe(200);
    await disableUser(desk.database.db, 'reporter');
    expect((await desk.call('GET', '/api/session', { as: 'reporter' })).statusCode).toBe(401);
    const refused = await login('reporter', testPassword, '10.0.5.1');
    expect(refused.statusCode).toBe(403);
  });

  it('never writes a password or a token into the log', async () => {
    const session = loginResponseSchema.parse((await login('admin', testPassword, '10.0.6.1')).json());
    await desk.app.inject({ method: 'GET', url: '/api/articles', headers: { authorization: `Bearer ${session.token}` } });
    const log = logLines.join('');
    expect(log).toContain('signed in');
    expect(log).not.toContain(testPassword);
    expect(log).not.toContain(session.token);
    expect(log).not.toContain(desk.tokens.admin);
  });
});

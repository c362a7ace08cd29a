import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, serverErrorSchema, sessionUserSchema } from '../../shared/server-api';
import { join } from 'node:path';
import { buildServerApp } from '../../server/app';
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
      login: { maxFailuresPerUser: 3, maxFailuresPerAddress: 50, failureWindowMs: 10 * 60 * 1000, sessionTtlMs: 60 * 60 * 1000 },
      loginPerAddress: { max: 8, timeWindowMs: 60 * 1000 },
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

  it('locks an account after repeated failures from any address, until the window passes', async () => {
    for (const address of ['10.0.2.1', '10.0.2.2', '10.0.2.3']) expect((await login('reporter2', 'guess', address)).statusCode).toBe(401);
    const locked = await login('reporter2', testPassword, '10.0.2.4');
    expect(locked.statusCode).toBe(429);
    expect(serverErrorSchema.parse(locked.json()).error.code).toBe('rate_limited');
    desk.clock.now = new Date(desk.clock.now.getTime() + 11 * 60 * 1000);
    expect((await login('reporter2', testPassword, '10.0.2.4')).statusCode).toBe(201);
    desk.clock.now = new Date('2026-11-28T09:00:00.000Z');
  });

  it('limits sign-in attempts per address, whatever the usernames', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 9; attempt += 1) statuses.push((await login(`user${attempt}`, 'guess', '10.0.3.1')).statusCode);
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
    expect((await login('admin', testPassword, '10.0.3.2')).statusCode).toBe(201);
  });

  it('counts failed sign-ins per address across server processes sharing the database', async () => {
    // Two app instances on one database stand for two processes behind a load balancer.
    const instances = await Promise.all(
      [1, 2].map(() =>
        buildServerApp({
          db: desk.database.db,
          media: localMediaStorage(join(desk.database.dataDir, 'media')),
          now: () => desk.clock.now,
          login: { maxFailuresPerAddress: 4, maxFailuresPerUser: 100 },
          loginPerAddress: { max: 100 },
        }),
      ),
    );
    try {
      const attempt = (index: number, username: string, password: string) =>
        instances[index % 2]?.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: '10.0.7.1' });
      const statuses: (number | undefined)[] = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await attempt(index, `guess${index}`, 'wrong'))?.statusCode);
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect((await attempt(0, 'admin', testPassword))?.statusCode).toBe(429);
      expect((await attempt(1, 'admin', testPassword))?.statusCode).toBe(429);
      const elsewhere = await instances[0]?.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password: testPassword }, remoteAddress: '10.0.7.2' });
      expect(elsewhere?.statusCode).toBe(201);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
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

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../server/app';
import { localMediaStorage } from '../../server/media/local-media-storage';
import { loginResponseSchema, serverErrorSchema, serverInfoResponseSchema, sessionUserSchema } from '../../shared/server-api';
import { databaseTargets, openTestDatabase, type TestDatabase } from './helpers/test-database';

describe.each(databaseTargets())('a new newsroom’s first account, on %s', (target) => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.drop();
    database = null;
  });

  async function emptyNewsroom() {
    database = await openTestDatabase(target);
    return buildServerApp({ db: database.db, media: localMediaStorage(join(database.dataDir, 'media')), version: '9.8.7' });
  }
  const account = (username: string) => ({ username, displayName: `${username} 陳`, password: 'a long enough password' });

  it('says it is a Copydesk newsroom that needs setup, creates an admin signed in at once, then refuses a second', async () => {
    const app = await emptyNewsroom();
    const before = serverInfoResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/server-info' })).json());
    expect(before).toEqual({ product: 'copydesk-newsroom', version: '9.8.7', setupNeeded: true });

    const created = await app.inject({ method: 'POST', url: '/api/setup/first-account', payload: account('Chan-Mei') });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const session = loginResponseSchema.parse(created.json());
    expect(session.user).toMatchObject({ username: 'chan-mei', role: 'admin', displayName: 'Chan-Mei 陳' });
    const me = await app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${session.token}` } });
    expect(sessionUserSchema.parse(me.json()).role).toBe('admin');
    expect(serverInfoResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/server-info' })).json()).setupNeeded).toBe(false);

    const second = await app.inject({ method: 'POST', url: '/api/setup/first-account', payload: account('intruder') });
    expect(second.statusCode).toBe(409);
    expect(serverErrorSchema.parse(second.json()).error.message).toMatch(/already has accounts/);
    const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'intruder', password: 'a long enough password' } });
    expect(signIn.statusCode).toBe(401);
    await app.close();
  });

  it('two desks setting up at once get exactly one account', async () => {
    const app = await emptyNewsroom();
    const answers = await Promise.all(['first', 'second', 'third'].map((name) => app.inject({ method: 'POST', url: '/api/setup/first-account', payload: account(name) })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    const users = await database?.db.selectFrom('users').select('username').execute();
    expect(users).toHaveLength(1);
    await app.close();
  });

  it('refuses a short password and a bad username with the reasons, and creates nothing', async () => {
    const app = await emptyNewsroom();
    const short = await app.inject({ method: 'POST', url: '/api/setup/first-account', payload: { ...account('chan'), password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(serverErrorSchema.parse(short.json()).error.details?.join(' ')).toMatch(/password/);
    const badName = await app.inject({ method: 'POST', url: '/api/setup/first-account', payload: account('陳 美') });
    expect(badName.statusCode).toBe(400);
    expect(serverInfoResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/server-info' })).json()).setupNeeded).toBe(true);
    await app.close();
  });
});

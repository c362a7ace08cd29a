import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, serverArticleSchema } from '../../shared/server-api';
import { runUserCommand } from '../../server/cli/run-user-command';
import { serverSettingsFromEnv } from '../../server/cli/server-settings';
import { startNewsroomServer } from '../../server/start-server';
import type { RunningNewsroomServer } from '../../server/start-server';
import { readyContent } from './helpers/article-fixtures';
import { databaseTargets, openTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

function cli(args: string[], database: TestDatabase, stdin = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, COPYDESK_SERVER_DATA: database.dataDir };
  if (database.url) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { env, input: stdin, encoding: 'utf8', timeout: 60_000 });
}

describe('server settings', () => {
  it('defaults to 127.0.0.1:4310 and ./data, and reads the environment', () => {
    // The local newsroom `npm run web` starts beside the desk: the CLI reaches the server the desk signs in to.
    expect(serverSettingsFromEnv({})).toMatchObject({ host: '127.0.0.1', port: 4310, dataDir: `${process.cwd()}/.copydesk-data/newsroom` });
    expect(serverSettingsFromEnv({ COPYDESK_DATA_DIR: '/srv/desk' }).dataDir).toBe('/srv/desk/newsroom');
    expect(serverSettingsFromEnv({ COPYDESK_DATA_DIR: '/srv/desk', COPYDESK_SERVER_DATA: '/srv/newsroom' }).dataDir).toBe('/srv/newsroom');
    expect(serverSettingsFromEnv({ COPYDESK_SERVER_PORT: '5000', COPYDESK_SERVER_HOST: '0.0.0.0', DATABASE_URL: 'postgres://x/y' })).toMatchObject({ port: 5000, host: '0.0.0.0', databaseUrl: 'postgres://x/y' });
    expect(() => serverSettingsFromEnv({ COPYDESK_SERVER_PORT: 'eighty' })).toThrow(/COPYDESK_SERVER_PORT/);
    expect(serverSettingsFromEnv({}).trustProxy).toBe(false);
    expect(serverSettingsFromEnv({ COPYDESK_TRUST_PROXY: '10.0.0.5' }).trustProxy).toEqual(['10.0.0.5']);
    expect(() => serverSettingsFromEnv({ COPYDESK_TRUST_PROXY: 'yes' })).toThrow(/COPYDESK_TRUST_PROXY/);
  });
});

describe.each(databaseTargets())('a real listening server and the operator CLI on %s', (target) => {
  let database: TestDatabase;
  let server: RunningNewsroomServer;
  beforeAll(async () => {
    database = await openTestDatabase(target);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('creates, lists, re-roles and disables users from the command line', async () => {
    // Two real runs of `npm run server -- …` (the entry point); the rest in-process, since each
    // process start costs seconds on a shared machine.
    const created = cli(['create-user', '--username', 'Chief', '--name', '陳總編', '--role', 'chief_editor', '--password-stdin'], database, 'correct horse battery\n');
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('created chief (chief_editor)');

    const settings = { host: '127.0.0.1', port: 0, dataDir: database.dataDir, ...(database.url ? { databaseUrl: database.url } : {}) };
    const lines: string[] = [];
    const run = (args: string[], stdin = '') => {
      const [command, ...rest] = args;
      if (command !== 'create-user' && command !== 'set-role' && command !== 'disable-user' && command !== 'unlock-user') throw new Error('test misuse');
      return runUserCommand(command, rest, settings, { readStdin: async () => stdin, out: (line) => lines.push(line) });
    };
    await expect(run(['create-user', '--username', 'weak', '--role', 'reporter', '--password-stdin'], 'short\n')).rejects.toThrow(/at least 10/);
    await expect(run(['create-user', '--username', 'nopass', '--role', 'reporter'])).rejects.toThrow(/--password-stdin/);
    await expect(run(['create-user', '--username', 'x2', '--role', 'boss', '--password-stdin'], 'long enough pass\n')).rejects.toThrow(/--role must be one of/);
    await expect(run(['create-user', '--username', 'chief', '--role', 'admin', '--password-stdin'], 'long enough pass\n')).rejects.toThrow(/taken/);
    await run(['create-user', '--username', 'temp', '--name', 'Temp', '--role', 'reporter', '--password-stdin'], 'another long password\n');
    await run(['set-role', '--username', 'temp', '--role', 'photo_editor']);
    await run(['disable-user', '--username', 'temp']);
    await expect(run(['disable-user', '--username', 'ghost'])).rejects.toThrow(/no user "ghost"/);
    const failedAt = new Date().toISOString();
    await database.db.insertInto('login_attempts').values(['1', '2'].map((n) => ({ id: `failure-${n}`, username: 'chief', address: `198.51.100.${n}`, at: failedAt, outcome: 'failed' as const }))).execute();
    await run(['unlock-user', '--username', 'Chief']);
    await expect(run(['unlock-user', '--username', 'ghost'])).rejects.toThrow(/no user "ghost"/);
    const left = await database.db.selectFrom('login_attempts').select('outcome').where('username', '=', 'chief').execute();
    expect(left.map((row) => row.outcome)).toEqual(['forgiven', 'forgiven']);
    expect(lines).toEqual([
      'created temp (reporter)',
      'temp is now photo_editor',
      'temp is disabled and signed out everywhere',
      'chief may sign in again (2 failed sign-ins forgiven)',
    ]);

    const listed = cli(['list-users'], database);
    expect(listed.stdout).toContain('chief\tchief_editor\tactive\t陳總編');
    expect(listed.stdout).toContain('temp\tphoto_editor\tdisabled');
    expect(listed.stdout).not.toContain('correct horse');
  }, 120_000);

  it('serves over HTTP with security headers, closed CORS and the user made by the CLI', async () => {
    server = await startNewsroomServer({ dataDir: database.dataDir, host: '127.0.0.1', port: 0, logger: false, ...(database.url ? { databaseUrl: database.url } : {}) });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const loginResponse = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'chief', password: 'correct horse battery' }),
    });
    expect(loginResponse.status).toBe(201);
    expect(loginResponse.headers.get('access-control-allow-origin')).toBeNull();
    expect(loginResponse.headers.get('x-content-type-options')).toBe('nosniff');
    expect(loginResponse.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(loginResponse.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const { token } = loginResponseSchema.parse(await loginResponse.json());

    const created = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ content: readyContent() }),
    });
    expect(created.status).toBe(201);
    expect(serverArticleSchema.parse(await created.json())).toMatchObject({ author: 'chief', status: 'draft' });

    const preflight = await fetch(`${server.url}/api/articles`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();

    const anonymous = await fetch(`${server.url}/api/articles`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });
});

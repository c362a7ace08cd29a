import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NewsroomSession } from '../../../electron/desk/newsroom/newsroom-session';
import { chooseTokenVault, memoryVault, type SafeStorageLike, type TokenVault } from '../../../electron/desk/newsroom/token-vault';
import { DeskError } from '../../../shared/result';
import { readyContent } from '../../server/helpers/article-fixtures';
import { startNewsroom, type Newsroom } from '../sync/sync-helpers';

/** A stand-in for Electron's safeStorage: reversible, but the stored bytes never hold the token as text. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
    decryptStringAsync: async (bytes) => ({ result: Buffer.from(bytes.map((byte) => byte ^ 0x5a)).toString('utf8') }),
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, reason: error.details?.[0], message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the newsroom session (sign-in) against a real server', () => {
  let newsroom: Newsroom;
  let other: Server;
  let otherUrl = '';
  const folders: string[] = [];
  beforeAll(async () => {
    newsroom = await startNewsroom();
    other = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Some other site</html>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => other.close(resolve));
    await newsroom?.close();
  });
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  async function session(vault: TokenVault = memoryVault('web_mode'), dataDir?: string) {
    const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'copydesk-session-')));
    if (!dataDir) folders.push(dir);
    const opened = new NewsroomSession({ dataDir: dir, vault, defaultServerUrl: () => newsroom.baseUrl, timeoutMs: 3000 });
    await opened.open();
    return { session: opened, dir };
  }

  it('signs in, shows who and their role, sends through the connection, and signs out', async () => {
    const { session: desk } = await session();
    const changes: string[] = [];
    desk.onChange(() => changes.push(desk.signedIn() ? 'in' : 'out'));
    expect(await desk.state()).toMatchObject({ serverUrl: `${newsroom.baseUrl}/`, status: 'signed_out', user: null, embedded: true, setupNeeded: false });
    const state = await desk.signIn({ serverUrl: newsroom.baseUrl, username: 'Chan-Mei', password: 'correct horse battery' });
    expect(state).toMatchObject({ status: 'signed_in', user: { username: 'chan-mei', displayName: 'Chan Mei', role: 'reporter' }, tokenStorage: 'memory', tokenStorageReason: 'web_mode' });
    const created = await desk.transport.call('articles:create', { body: { content: readyContent() }, headers: {} });
    expect(created.ok).toBe(true);
    expect((await desk.signOut()).status).toBe('signed_out');
    expect(await desk.transport.call('articles:list', { headers: {} })).toMatchObject({ ok: false, error: { kind: 'needs_sign_in' } });
    expect(changes).toEqual(['in', 'out']);
  });

  it('refuses, each with its own reason: a wrong password, a non-http address, a site that is not a newsroom, an address with no server', async () => {
    const { session: desk } = await session();
    expect(await refusal(desk.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'wrong' }))).toMatchObject({ code: 'unauthorized', reason: 'reason:wrong_password' });
    expect(await refusal(desk.signIn({ serverUrl: 'ftp://newsroom.example.hk', username: 'chan-mei', password: 'x' }))).toMatchObject({ code: 'bad_request', reason: 'reason:not_http' });
    expect(await refusal(desk.signIn({ serverUrl: 'javascript:alert(1)', username: 'chan-mei', password: 'x' }))).toMatchObject({ reason: 'reason:not_http' });
    expect(await refusal(desk.signIn({ serverUrl: otherUrl, username: 'chan-mei', password: 'x' }))).toMatchObject({ code: 'bad_request', reason: 'reason:not_copydesk' });
    expect(await refusal(desk.signIn({ serverUrl: 'http://127.0.0.1:9', username: 'chan-mei', password: 'x' }))).toMatchObject({ code: 'offline', reason: 'reason:unreachable' });
    expect((await desk.state()).status).toBe('signed_out');
  });

  it('a token the server revoked mid-queue turns the state to “expired” (nothing dropped), and a new sign-in resumes', async () => {
    const { session: desk } = await session();
    await desk.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
    const token = desk.endpoint()?.token ?? '';
    await newsroom.database.db.deleteFrom('sessions').execute();
    const refused = await desk.transport.call('articles:list', { headers: {} });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'needs_sign_in' } });
    expect(await desk.state()).toMatchObject({ status: 'expired', user: { username: 'chan-mei' } });
    expect(desk.signedIn()).toBe(false);
    await desk.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
    expect(desk.endpoint()?.token).not.toBe(token);
    expect((await desk.transport.call('articles:list', { headers: {} })).ok).toBe(true);
  });

  it('Electron with a keyring: the token is stored encrypted (never as text) and a restart is still signed in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-session-'));
    folders.push(dir);
    const vault = await chooseTokenVault(fakeSafeStorage('gnome_libsecret'), 'linux', join(dir, 'newsroom-token.json'));
    const { session: first } = await session(vault, dir);
    const state = await first.signIn({ serverUrl: newsroom.baseUrl, username: 'lee', password: 'correct horse battery' });
    expect(state.tokenStorage).toBe('encrypted');
    const token = first.endpoint()?.token ?? '';
    expect(token.length).toBeGreaterThan(10);
    for (const file of await readdir(dir)) expect(await readFile(join(dir, file), 'utf8'), file).not.toContain(token);
    const { session: again } = await session(await chooseTokenVault(fakeSafeStorage('gnome_libsecret'), 'linux', join(dir, 'newsroom-token.json')), dir);
    expect(again.user()).toMatchObject({ username: 'lee', role: 'chief_editor' });
    expect((await again.transport.call('articles:list', { headers: {} })).ok).toBe(true);
  });

  it('Linux without a keyring (basic_text) or no encryption: the token never reaches the disk, and the state says why', async () => {
    for (const [storage, reason] of [[fakeSafeStorage('basic_text'), 'basic_text'], [fakeSafeStorage('kwallet5', false), 'unavailable']] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'copydesk-session-'));
      folders.push(dir);
      const vault = await chooseTokenVault(storage, 'linux', join(dir, 'newsroom-token.json'));
      const { session: desk } = await session(vault, dir);
      const state = await desk.signIn({ serverUrl: newsroom.baseUrl, username: 'lee', password: 'correct horse battery' });
      expect(state).toMatchObject({ status: 'signed_in', tokenStorage: 'memory', tokenStorageReason: reason });
      const token = desk.endpoint()?.token ?? '';
      for (const file of await readdir(dir)) expect(await readFile(join(dir, file), 'utf8'), file).not.toContain(token);
      const { session: restarted } = await session(await chooseTokenVault(storage, 'linux', join(dir, 'newsroom-token.json')), dir);
      expect((await restarted.state()).status).toBe('signed_out');
    }
  });

  it('refuses “create the first account” on a newsroom that has accounts', async () => {
    const { session: desk } = await session();
    expect(await refusal(desk.createFirstAccount({ serverUrl: newsroom.baseUrl, username: 'boss', displayName: 'Boss', password: 'a long enough password' }))).toMatchObject({ code: 'conflict', reason: 'reason:setup_done' });
  });
});

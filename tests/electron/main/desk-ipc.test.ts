import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskChannels } from '../../../shared/desk-api';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { isAppUrl } from '../../../electron/main/app-url';
import { registerDeskIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/main/desk-ipc';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

/** A minimal ipcMain: records handlers and lets the test invoke them as a renderer would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, frame: IpcEventLike['senderFrame'], ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: frame }, ...args);
  }
}

const appFrame = { url: 'app://copydesk/index.html', parent: null };

describe('registerDeskIpc', () => {
  let dataDir: string;
  let desk: Desk;
  let ipc: FakeIpcMain;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-ipc-'));
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'electron', platform: 'linux' } });
    ipc = new FakeIpcMain();
    registerDeskIpc(ipc, desk.handlers, (frame) => isAppUrl(frame.url));
  });

  afterEach(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('registers exactly one handler per contract channel', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...deskChannels].sort());
  });

  it('answers a good call from the app frame', async () => {
    const created = await ipc.invoke('drafts:create', appFrame, { language: 'en' });
    expect(created).toMatchObject({ ok: true, value: { language: 'en', status: 'draft' } });
    const listed = await ipc.invoke('drafts:list', appFrame, {});
    expect(listed).toMatchObject({ ok: true, value: [{ language: 'en' }] });
  });

  it('refuses a call from a foreign frame', async () => {
    const fromWeb = await ipc.invoke('drafts:list', { url: 'https://evil.example/', parent: null });
    expect(fromWeb).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromSubframe = await ipc.invoke('drafts:list', { url: 'app://copydesk/index.html', parent: appFrame }, {});
    expect(fromSubframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const noFrame = await ipc.invoke('drafts:list', null, {});
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a malformed argument with a readable problem list, and does nothing', async () => {
    const result = await ipc.invoke('drafts:save', appFrame, { id: '../../etc/passwd', content: { headline: 42 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const details = (result as { error: { details: string[] } }).error.details;
    expect(details.some((line) => line.startsWith('content'))).toBe(true);
    expect(await ipc.invoke('drafts:list', appFrame, {})).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const result = await ipc.invoke('drafts:get', appFrame, { id: 'x', admin: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

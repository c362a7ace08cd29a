import { rm } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentWith, temporaryDataDir } from './draft-fixtures';

// Opening a folder fails as it does on Windows (EPERM), while files open normally: the folder
// sync after a rename is the only step that opens a folder.
const failure = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const { withSimulatedFailures } = await import('./simulated-disk-failure');
  const { statSync } = await import('node:fs');
  return withSimulatedFailures(actual, failure, (call, path) => call === 'open' && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true);
});

const { createDesk } = await import('../../../electron/desk/create-desk');
const { dispatchDeskCall } = await import('../../../shared/desk-dispatch');
const { canSyncFolder } = await import('../../../electron/desk/storage/can-sync-folder');

const realPlatform = process.platform;
function simulatePlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

describe('saving where a folder cannot be fsynced (Windows)', () => {
  let dataDir: string;

  beforeEach(async () => {
    failure.code = '';
    dataDir = await temporaryDataDir();
  });

  afterEach(async () => {
    failure.code = '';
    simulatePlatform(realPlatform);
    await rm(dataDir, { recursive: true, force: true });
  });

  async function saveWithFolderSyncRefused(platform: NodeJS.Platform) {
    simulatePlatform(platform);
    const desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform } });
    try {
      const created = await dispatchDeskCall(desk.handlers, 'drafts:create', {});
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as { id: string }).id;
      failure.code = 'EPERM';
      const saved = await dispatchDeskCall(desk.handlers, 'drafts:save', { id, content: contentWith({ headline: 'Ferry fares rise' }) });
      failure.code = '';
      const read = await dispatchDeskCall(desk.handlers, 'drafts:get', { id });
      return { saved, read };
    } finally {
      failure.code = '';
      await desk.close();
    }
  }

  it('skips the folder sync on win32, so a save whose rename succeeded reports success', async () => {
    const { saved, read } = await saveWithFolderSyncRefused('win32');
    expect(saved).toMatchObject({ ok: true });
    expect(read).toMatchObject({ ok: true, value: { headline: 'Ferry fares rise' } });
  });

  it('still syncs the folder elsewhere: there a refused folder sync is reported, not hidden', async () => {
    const { saved } = await saveWithFolderSyncRefused('linux');
    expect(saved).toMatchObject({ ok: false });
  });

  it('decides by platform: only Windows skips', () => {
    expect(canSyncFolder('win32')).toBe(false);
    expect(canSyncFolder('linux')).toBe(true);
    expect(canSyncFolder('darwin')).toBe(true);
  });
});

import { readFile, rm } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryDataDir } from '../drafts/draft-fixtures';

// Writes of the settings file's temporary copy fail as on a full disk or a read-only folder.
const failure = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withSimulatedFailures } = await import('../drafts/simulated-disk-failure');
  return withSimulatedFailures(await importOriginal<typeof fsPromises>(), failure, (call, path) => call === 'open' && path.includes('settings.json'));
});

const { createDesk } = await import('../../../electron/desk/create-desk');
const { dispatchDeskCall } = await import('../../../shared/desk-dispatch');

describe('saving settings on a full disk', () => {
  let dataDir: string;
  let desk: Awaited<ReturnType<typeof createDesk>>;
  const appInfo = { name: 'Copydesk', version: '0', mode: 'web' as const, platform: 'linux' };

  beforeEach(async () => {
    failure.code = '';
    dataDir = await temporaryDataDir();
    desk = await createDesk({ dataDir, appInfo });
  });

  afterEach(async () => {
    failure.code = '';
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['ENOSPC', 'disk_full', /disk is full/],
    ['EROFS', 'read_only', /read-only/],
  ])('%s answers %s and keeps the old settings, in the app and on disk', async (code, deskCode, message) => {
    expect(await dispatchDeskCall(desk.handlers, 'settings:set', { uiLanguage: 'zh-Hant' })).toMatchObject({ ok: true });
    const onDiskBefore = await readFile(join(dataDir, 'settings.json'), 'utf8');

    failure.code = code;
    const refused = await dispatchDeskCall(desk.handlers, 'settings:set', { uiLanguage: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: deskCode, message: expect.stringMatching(message) } });
    failure.code = '';

    expect(await dispatchDeskCall(desk.handlers, 'settings:get', {})).toEqual({ ok: true, value: { uiLanguage: 'zh-Hant' } });
    expect(await readFile(join(dataDir, 'settings.json'), 'utf8')).toBe(onDiskBefore);
    await desk.close();
    desk = await createDesk({ dataDir, appInfo });
    expect(await dispatchDeskCall(desk.handlers, 'settings:get', {})).toEqual({ ok: true, value: { uiLanguage: 'zh-Hant' } });
  });
});

import { rm } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentWith, temporaryDataDir } from './draft-fixtures';

// Writes of temporary draft files fail with the code the test chooses, as a full disk or a
// read-only folder would make them fail.
const failure = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withSimulatedFailures } = await import('./simulated-disk-failure');
  return withSimulatedFailures(await importOriginal<typeof fsPromises>(), failure, (call, path) =>
    call === 'open' ? path.endsWith('.tmp') : path.endsWith('desk.lock'),
  );
});

const { createDesk } = await import('../../../electron/desk/create-desk');
const { dispatchDeskCall } = await import('../../../shared/desk-dispatch');

describe('a full disk or a read-only folder', () => {
  let dataDir: string;
  let desk: Awaited<ReturnType<typeof createDesk>>;

  beforeEach(async () => {
    failure.code = '';
    dataDir = await temporaryDataDir();
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform: 'linux' } });
  });

  afterEach(async () => {
    failure.code = '';
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['ENOSPC', 'disk_full', /disk is full/],
    ['EROFS', 'read_only', /read-only/],
    ['EACCES', 'read_only', /read-only/],
  ])('%s gives %s with a clear message and keeps the last saved text', async (code, deskCode, message) => {
    const created = await dispatchDeskCall(desk.handlers, 'drafts:create', {});
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    await dispatchDeskCall(desk.handlers, 'drafts:save', { id, content: contentWith({ headline: 'Saved before' }) });

    failure.code = code;
    const result = await dispatchDeskCall(desk.handlers, 'drafts:save', { id, content: contentWith({ headline: 'Not saved' }) });
    expect(result).toMatchObject({ ok: false, error: { code: deskCode, message: expect.stringMatching(message) } });
    if (!result.ok) expect(result.error.message).toMatch(/still in the editor/);

    failure.code = '';
    expect(await dispatchDeskCall(desk.handlers, 'drafts:get', { id })).toMatchObject({ ok: true, value: { headline: 'Saved before' } });
    const retried = await dispatchDeskCall(desk.handlers, 'drafts:save', { id, content: contentWith({ headline: 'Not saved' }) });
    expect(retried).toMatchObject({ ok: true });
  });
});

describe('a data folder that cannot be written at start', () => {
  it.each([
    ['EROFS', 'read_only', /read-only/],
    ['ENOSPC', 'disk_full', /full/],
  ])('%s: createDesk refuses with %s and says what to do', async (code, deskCode, message) => {
    const dataDir = await temporaryDataDir();
    failure.code = code;
    try {
      await expect(createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform: 'linux' } })).rejects.toMatchObject({
        code: deskCode,
        message: expect.stringMatching(message),
      });
    } finally {
      failure.code = '';
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

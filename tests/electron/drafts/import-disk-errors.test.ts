import type * as fsPromises from 'node:fs/promises';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { sampleDocx } from './docx-fixture';
import { useTemporaryDesk } from './temporary-desk';

// Writes into the photo intake's work folder fail with the code the test chooses, as a full
// disk or a read-only folder would make them fail.
const failure = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withSimulatedFailures } = await import('./simulated-disk-failure');
  return withSimulatedFailures(await importOriginal<typeof fsPromises>(), failure, (call, path) => call === 'writeFile' && path.includes('.incoming-'));
});

describe('a full disk while pictures are taken in', () => {
  const desk = useTemporaryDesk();
  const png = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#4060a0' } }).png().toBuffer();

  afterEach(() => {
    failure.code = '';
  });

  it('says the disk is full, not that the picture is damaged', async () => {
    failure.code = 'ENOSPC';
    const result = await dispatchDeskCall(desk.current.handlers, 'media:import', { fileName: 'pier.png', dataBase64: (await png()).toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringContaining('The disk is full') } });
  });

  it('stops a .docx import instead of saving the draft with its picture silently left out', async () => {
    failure.code = 'EROFS';
    const result = await dispatchDeskCall(desk.current.handlers, 'drafts:import', { fileName: 'ferry.docx', data: sampleDocx(await png()).toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await dispatchDeskCall(desk.current.handlers, 'drafts:list', {})).toEqual({ ok: true, value: [] });
  });
});

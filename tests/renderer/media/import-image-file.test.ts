// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { importImageFile } from '../../../renderer/media/import-image-file';
import { limits } from '../../../shared/limits';

const imported = {
  mediaId: 'm_1',
  src: 'media/m_1/800.webp',
  width: 800,
  height: 600,
  mimeType: 'image/jpeg',
  caption: '渡輪',
  credit: '（資料圖片）',
  byline: '',
  copyright: '',
  renditions: [{ width: 800, height: 600, src: 'media/m_1/800.webp', bytes: 1234 }],
};

function recordingDesk() {
  const calls: { channel: string; request: unknown }[] = [];
  const transport: DeskTransport = async (channel, request) => {
    calls.push({ channel, request });
    return { ok: true, value: imported };
  };
  return { calls, desk: createDeskClient(transport) };
}

describe('importImageFile', () => {
  it('sends the file bytes as base64 to media:import and returns the desk answer', async () => {
    const { calls, desk } = recordingDesk();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 250]);
    const result = await importImageFile(new File([bytes], '渡輪.jpg', { type: 'image/jpeg' }), desk);
    expect(result).toEqual({ ok: true, value: imported });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.channel).toBe('media:import');
    expect(calls[0]?.request).toEqual({ fileName: '渡輪.jpg', dataBase64: Buffer.from(bytes).toString('base64') });
  });

  it('refuses an oversized file without reading or sending it', async () => {
    const { calls, desk } = recordingDesk();
    const huge = new File([new Uint8Array(8)], 'huge.jpg');
    Object.defineProperty(huge, 'size', { value: limits.imageBytesMax + 1 });
    const result = await importImageFile(huge, desk);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(calls).toHaveLength(0);
  });

  it('passes the desk refusal through', async () => {
    const desk = createDeskClient(async () => ({ ok: false, error: { code: 'unsupported_media', message: 'not an image' } }));
    const result = await importImageFile(new File(['<svg/>'], 'x.jpg'), desk);
    expect(result).toEqual({ ok: false, error: { code: 'unsupported_media', message: 'not an image' } });
  });
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { limits } from '../../../shared/limits';
import { DeskError } from '../../../shared/result';
import { createDesk } from '../../../electron/desk/create-desk';
import { mediaHandlers } from '../../../electron/desk/media/media-handlers';
import { MediaIntake } from '../../../electron/desk/media/media-intake';
import { jpegWithIptc } from './jpeg-with-iptc';
import { pngDeclaring } from '../../helpers/png-bomb';

let dataDir: string;
let intake: MediaIntake;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'copydesk-media-'));
  intake = new MediaIntake(dataDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<DeskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

async function mediaFolderEntries(): Promise<string[]> {
  try {
    return await readdir(join(dataDir, 'media'));
  } catch {
    return [];
  }
}

describe('MediaIntake: IPTC credits', () => {
  it('keeps a UTF-8 Chinese caption intact when CodedCharacterSet says UTF-8', async () => {
    const jpeg = await jpegWithIptc({ caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）', byline: '陳大文', copyright: '© 2026 香港新聞社' }, 'utf-8', true);
    const imported = await intake.importImage('ferry.jpg', jpeg);
    expect(imported.caption).toBe('中環碼頭的天星小輪，攝於黃昏。');
    expect(imported.credit).toBe('（資料圖片）');
    expect(imported.byline).toBe('陳大文');
    expect(imported.copyright).toBe('© 2026 香港新聞社');
  });

  it('reads a Latin-1 caption (no UTF-8 declaration) as Latin-1', async () => {
    const jpeg = await jpegWithIptc({ caption: 'Café terrace in Zürich, façade à gauche', credit: 'Photo: José Müller' }, 'latin-1', false);
    const imported = await intake.importImage('cafe.jpg', jpeg);
    expect(imported.caption).toBe('Café terrace in Zürich, façade à gauche');
    expect(imported.credit).toBe('Photo: José Müller');
  });

  it('reads a plain ASCII caption and credit', async () => {
    const jpeg = await jpegWithIptc({ caption: 'A ferry at Central Pier.', credit: '(File Photo)' }, 'utf-8', false);
    const imported = await intake.importImage('pier.jpg', jpeg);
    expect(imported).toMatchObject({ caption: 'A ferry at Central Pier.', credit: '(File Photo)', byline: '', copyright: '' });
  });

  it('still recovers UTF-8 Chinese from a file that forgot to declare it', async () => {
    const jpeg = await jpegWithIptc({ caption: '立法會外的示威者' }, 'utf-8', false);
    expect((await intake.importImage('undeclared.jpg', jpeg)).caption).toBe('立法會外的示威者');
  });

  it('prefers XMP (always Unicode) and falls back to nothing when a file carries no metadata', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">' +
      '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">維港兩岸的夜景</rdf:li></rdf:Alt></dc:description>' +
      '<photoshop:Credit>美聯社</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>';
    const withXmp = await sharp({ create: { width: 400, height: 300, channels: 3, background: 'navy' } }).withXmp(xmp).jpeg().toBuffer();
    expect(await intake.importImage('night.jpg', withXmp)).toMatchObject({ caption: '維港兩岸的夜景', credit: '美聯社' });
    const bare = await sharp({ create: { width: 400, height: 300, channels: 4, background: 'white' } }).png().toBuffer();
    expect(await intake.importImage('bare.png', bare)).toMatchObject({ caption: '', credit: '', byline: '', copyright: '' });
  });
});

describe('MediaIntake: storage and renditions', () => {
  it('copies the original and makes 1600, 800 and 320 px WebP renditions served as media/<id>/…', async () => {
    const jpeg = await jpegWithIptc({ caption: 'x' }, 'utf-8', true, 2000, 1200);
    const imported = await intake.importImage('wide.jpg', jpeg);
    expect(imported.mediaId).toMatch(/^m_[0-9A-Z]{26}$/);
    expect(imported.mimeType).toBe('image/jpeg');
    expect([imported.width, imported.height]).toEqual([2000, 1200]);
    expect(imported.src).toBe(`media/${imported.mediaId}/1600.webp`);
    expect(imported.renditions.map(({ width, height, src }) => ({ width, height, src }))).toEqual([
      { width: 1600, height: 960, src: `media/${imported.mediaId}/1600.webp` },
      { width: 800, height: 480, src: `media/${imported.mediaId}/800.webp` },
      { width: 320, height: 192, src: `media/${imported.mediaId}/320.webp` },
    ]);
    const folder = join(dataDir, 'media', imported.mediaId);
    expect((await readdir(folder)).sort()).toEqual(['1600.webp', '320.webp', '800.webp', 'media.json', 'original.jpg']);
    expect(Buffer.compare(await readFile(join(folder, 'original.jpg')), Buffer.from(jpeg))).toBe(0);
    const rendition = await sharp(join(folder, '800.webp')).metadata();
    expect([rendition.format, rendition.width, rendition.height]).toEqual(['webp', 800, 480]);
    // Renditions carry no metadata: nothing embedded by the camera leaves the desk in them.
    expect(rendition.iptc).toBeUndefined();
    expect(await mediaFolderEntries()).toEqual([imported.mediaId]);
  });

  it('never upscales a small image', async () => {
    const small = await sharp({ create: { width: 500, height: 250, channels: 3, background: 'red' } }).png().toBuffer();
    const imported = await intake.importImage('small.png', small);
    expect(imported.renditions.map((rendition) => rendition.width)).toEqual([500, 320]);
    expect(imported.src).toBe(`media/${imported.mediaId}/500.webp`);
  });

  it('reports upright dimensions for a photo rotated by its EXIF orientation', async () => {
    const rotated = await sharp({ create: { width: 600, height: 400, channels: 3, background: 'green' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const imported = await intake.importImage('portrait.jpg', rotated);
    expect([imported.width, imported.height]).toEqual([400, 600]);
    expect(imported.renditions[0]).toMatchObject({ width: 400, height: 600 });
  });
});

describe('MediaIntake: refusals leave nothing behind', () => {
  it('judges a file by its bytes, not its name', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const error = await refusal(intake.importImage('photo.jpg', svg));
    expect(error.code).toBe('unsupported_media');
    expect(error.message).toContain('“photo.jpg” is not a JPEG, PNG, WebP or GIF image');
    const text = await refusal(intake.importImage('notes.png', new TextEncoder().encode('just some notes')));
    expect(text.code).toBe('unsupported_media');
    // A real PNG called .jpg is fine: the name does not matter.
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: 'blue' } }).png().toBuffer();
    expect((await intake.importImage('misnamed.jpg', png)).mimeType).toBe('image/png');
  });

  it('refuses a damaged image that only starts like one', async () => {
    const truncated = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    const error = await refusal(intake.importImage('broken.jpg', truncated));
    expect(error.code).toBe('unsupported_media');
    expect(await mediaFolderEntries()).toEqual([]);
  });

  it('refuses a file over the size limit before looking inside', async () => {
    const oversized = new Uint8Array(limits.imageBytesMax + 1);
    oversized.set([0xff, 0xd8, 0xff]);
    const error = await refusal(intake.importImage('huge.jpg', oversized));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/is 30\.0 MB; images may be at most 30\.0 MB/);
    expect(await mediaFolderEntries()).toEqual([]);
  });

  it('refuses a decompression bomb from its header, without decoding it', async () => {
    const bomb = pngDeclaring(50_000, 50_000);
    expect(bomb.length).toBeLessThan(10_000);
    const error = await refusal(intake.importImage('bomb.png', bomb));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('50,000 × 50,000 pixels');
    expect(await mediaFolderEntries()).toEqual([]);
  });
});

describe('media:import over the DeskApi', () => {
  it('takes base64 bytes and answers with the imported image', async () => {
    const handlers = mediaHandlers(intake);
    const jpeg = await jpegWithIptc({ caption: '渡輪', credit: '本報記者' }, 'utf-8', true, 900, 600);
    const result = await handlers['media:import']({ fileName: 'a.jpg', dataBase64: Buffer.from(jpeg).toString('base64') });
    expect(result).toMatchObject({ caption: '渡輪', credit: '本報記者', width: 900, height: 600 });
  });

  it('is wired into the desk, and refusals become clear errors through the dispatcher', async () => {
    const desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' } });
    const call = (request: unknown) => dispatchDeskCall(desk.handlers, 'media:import', request);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: 'blue' } }).png().toBuffer();
    const accepted = await call({ fileName: 'x.png', dataBase64: png.toString('base64') });
    expect(accepted).toMatchObject({ ok: true, value: { width: 40, height: 30, mimeType: 'image/png' } });
    const svg = await call({ fileName: 'x.jpg', dataBase64: Buffer.from('<svg/>').toString('base64') });
    expect(svg).toMatchObject({ ok: false, error: { code: 'unsupported_media' } });
    const garbled = await call({ fileName: 'x.jpg', dataBase64: 'not base64!' });
    expect(garbled).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const missing = await call({ fileName: 'x.jpg' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await desk.close();
  });
});

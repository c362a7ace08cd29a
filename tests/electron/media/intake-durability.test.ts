import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryDataDir } from '../drafts/draft-fixtures';
import { jpegWithIptc } from './jpeg-with-iptc';

const events = vi.hoisted((): string[] => []);
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withRecordedFileEvents } = await import('../../helpers/recorded-file-events');
  return withRecordedFileEvents(await importOriginal<typeof fsPromises>(), events);
});

const { MediaIntake } = await import('../../../electron/desk/media/media-intake');
const { createDesk } = await import('../../../electron/desk/create-desk');

describe('photo intake survives a crash or a power cut', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    events.length = 0;
  });
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  it('fsyncs every file and its folder before renaming it into place, and the media folder after', async () => {
    const intake = new MediaIntake(dataDir, { newMediaId: () => 'm_durable' });
    await intake.importImage('harbour.jpg', await jpegWithIptc({ caption: 'A pier' }, 'utf-8', true, 400, 300));
    const work = join(dataDir, 'media', '.incoming-m_durable');
    const renameAt = events.indexOf(`rename ${work} -> ${join(dataDir, 'media', 'm_durable')}`);
    expect(renameAt).toBeGreaterThan(-1);
    const files = await readdir(join(dataDir, 'media', 'm_durable'));
    expect(files).toContain('media.json');
    for (const name of files) {
      const syncedAt = events.indexOf(`sync ${join(work, name)}`);
      expect(`${name}: ${syncedAt > -1 && syncedAt < renameAt}`).toBe(`${name}: true`);
    }
    expect(events.indexOf(`sync ${work}`)).toBeGreaterThan(-1);
    expect(events.indexOf(`sync ${work}`)).toBeLessThan(renameAt);
    expect(events.lastIndexOf(`sync ${join(dataDir, 'media')}`)).toBeGreaterThan(renameAt);
  });

  it('sweeps the work folders a crash left behind when the desk starts, and keeps finished items', async () => {
    const media = join(dataDir, 'media');
    await mkdir(join(media, '.incoming-m_crashed'), { recursive: true });
    await writeFile(join(media, '.incoming-m_crashed', 'original.jpg'), 'half a photo');
    await mkdir(join(media, 'm_kept'));
    await writeFile(join(media, 'm_kept', 'media.json'), '{}');
    const desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform: 'linux' } });
    try {
      expect(await readdir(media)).toEqual(['m_kept']);
    } finally {
      await desk.close();
    }
  });
});

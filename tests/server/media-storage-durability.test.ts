import { mkdtemp, rm } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const events = vi.hoisted((): string[] => []);
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withRecordedFileEvents } = await import('../helpers/recorded-file-events');
  return withRecordedFileEvents(await importOriginal<typeof fsPromises>(), events);
});

const { localMediaStorage } = await import('../../server/media/local-media-storage');

describe('server media files survive a crash or a power cut', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-media-store-'));
    events.length = 0;
  });
  afterEach(async () => rm(folder, { recursive: true, force: true }));

  it('writes a rendition and its content-type sidecar through fsynced temporary files, never in place', async () => {
    const storage = localMediaStorage(folder);
    await storage.put('m1/large', Buffer.from('first'), 'image/jpeg');
    await storage.put('m1/large', Buffer.from('second'), 'image/webp');
    const final = join(folder, 'm1', 'large');
    for (const target of [final, `${final}.type`]) {
      expect(events).not.toContain(`write ${target}`);
      const renames = events.filter((event) => event.startsWith('rename ') && event.endsWith(` -> ${target}`));
      expect(renames).toHaveLength(2);
      for (const renamed of renames) {
        const from = renamed.slice('rename '.length, renamed.indexOf(' -> '));
        const syncedAt = events.indexOf(`sync ${from}`);
        expect(syncedAt).toBeGreaterThan(-1);
        expect(syncedAt).toBeLessThan(events.indexOf(renamed));
        expect(events.indexOf(`sync ${join(folder, 'm1')}`, events.indexOf(renamed))).toBeGreaterThan(events.indexOf(renamed));
      }
    }
    expect(await storage.get('m1/large')).toEqual({ bytes: Buffer.from('second'), contentType: 'image/webp' });
  });
});

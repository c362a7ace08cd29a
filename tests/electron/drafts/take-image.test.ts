import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../shared/result';
import { takeImage } from '../../../electron/desk/transfer/take-image';
import type { MediaLibrary } from '../../../electron/desk/transfer/media-library';

function libraryFailingWith(error: Error): MediaLibrary {
  return {
    read: async () => null,
    add: async () => {
      throw error;
    },
  };
}
const image = { bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/x-emf' };

describe('taking in one image of an imported file', () => {
  it('leaves out an image the desk refuses, for its type or its size', async () => {
    expect(await takeImage(libraryFailingWith(new DeskError('unsupported_media', 'not an image')), image, 'image 1')).toBeNull();
    expect(await takeImage(libraryFailingWith(new DeskError('too_large', 'too big')), image, 'image 1')).toBeNull();
  });

  it('stops the import when the disk fails, rather than saving a draft with pictures silently missing', async () => {
    await expect(takeImage(libraryFailingWith(new DeskError('disk_full', 'The disk is full.')), image, 'image 1')).rejects.toMatchObject({ code: 'disk_full' });
    await expect(takeImage(libraryFailingWith(new Error('EIO')), image, 'image 1')).rejects.toThrow('EIO');
  });

  it('gives back where the image now lives', async () => {
    const library: MediaLibrary = { read: async () => null, add: async (_image, name) => ({ mediaId: 'm_1', src: `media/m_1/${name}.webp`, caption: '', credit: '' }) };
    expect(await takeImage(library, image, 'large')).toEqual({ mediaId: 'm_1', src: 'media/m_1/large.webp', caption: '', credit: '' });
  });
});

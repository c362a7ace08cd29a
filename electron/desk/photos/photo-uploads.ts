import type { PhotoUpload } from '../../../shared/desk-api-photos';

/**
 * What each file of the current attach is doing, for the screen's progress bars: the screen asks
 * (`photos:uploads`) while its attach call is running. Only the latest attach is kept: starting a
 * new one forgets the finished files of the last.
 */
export class PhotoUploads {
  private items = new Map<string, PhotoUpload>();

  start(files: readonly { mediaId: string; fileName: string }[]): void {
    for (const [mediaId, item] of this.items) {
      if (item.state === 'done' || item.state === 'failed') this.items.delete(mediaId);
    }
    for (const { mediaId, fileName } of files) this.items.set(mediaId, { mediaId, fileName, state: 'waiting', sentBytes: 0, totalBytes: 0 });
  }

  progress(mediaId: string, sentBytes: number, totalBytes: number): void {
    this.update(mediaId, { state: 'uploading', sentBytes, totalBytes });
  }

  done(mediaId: string): void {
    const item = this.items.get(mediaId);
    this.update(mediaId, { state: 'done', sentBytes: item?.totalBytes ?? 0 });
  }

  failed(mediaId: string, message: string): void {
    this.update(mediaId, { state: 'failed', message });
  }

  list(): PhotoUpload[] {
    return [...this.items.values()].map((item) => ({ ...item }));
  }

  private update(mediaId: string, change: Partial<PhotoUpload>): void {
    const item = this.items.get(mediaId);
    if (item) this.items.set(mediaId, { ...item, ...change });
  }
}

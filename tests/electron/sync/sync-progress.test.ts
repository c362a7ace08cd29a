/**
 * What a person is told while a submit goes, with a scripted server: upload progress in bytes,
 * and "waiting: signed out" when the session ends mid-queue.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TransportResult } from '../../../electron/desk/outbox/outbox-transport';
import { readyContent } from '../../server/helpers/article-fixtures';
import { FakeClock } from '../outbox/fake-clock';
import { FakeTransport, serverArticle } from '../outbox/fake-transport';
import { testConnection } from '../outbox/http-test-transport';
import { addLocalImage, openDesk, tempDir } from './sync-helpers';
import type { TestDesk } from './sync-helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function deskWith(transport: FakeTransport, clock: FakeClock, signedIn: () => boolean): Promise<TestDesk> {
  const folder = await tempDir();
  const opened = await openDesk(folder.dir, testConnection(transport, signedIn), clock);
  cleanups.push(folder.remove, () => opened.close());
  return opened;
}

const media = { id: 'srv_1', width: 64, height: 48, sourceType: 'image/jpeg', caption: '', credit: '', byline: '', copyright: '', renditions: Object.fromEntries(['large', 'medium', 'thumb'].map((name) => [name, { url: `/media/srv_1/${name}`, width: 64, height: 48, contentType: 'image/webp' }])) };

describe('sync state while sending', () => {
  it('reports the bytes of the image upload under way', async () => {
    const clock = new FakeClock();
    let release: (result: TransportResult) => void = () => {};
    let size = 0;
    let saved: unknown = {};
    const transport = new FakeTransport(clock, (call) => {
      if (call.route === 'media:upload') {
        call.request.upload?.onProgress?.(Math.floor(size / 2), size);
        return new Promise<TransportResult>((resolve) => (release = resolve));
      }
      if (call.route === 'articles:list') return { ok: true, value: { items: [], total: 0, limit: 100, offset: 0 } };
      const body = call.request.body;
      if (body && typeof body === 'object' && 'content' in body) saved = body.content;
      return { ok: true, value: serverArticle('srv_article', saved, 1) };
    });
    const opened = await deskWith(transport, clock, () => true);
    await addLocalImage(opened.dir, 'm_lead', 64);
    size = (await stat(join(opened.dir, 'media', 'm_lead', 'original.jpg'))).size;
    const fixture = readyContent('Progress');
    const draft = await opened.drafts.create('en');
    await opened.drafts.save(draft.id, { ...fixture, leadImage: fixture.leadImage ? { ...fixture.leadImage, mediaId: 'm_lead' } : null, body: { type: 'doc', content: [] } });
    await opened.sync.engine.submit(draft.id);
    expect(await opened.sync.engine.state(draft.id)).toEqual({ state: 'sending', next: 'upload', pending: 3, progress: { sentBytes: Math.floor(size / 2), totalBytes: size, filesDone: 0, filesTotal: 1 } });
    release({ ok: true, value: media });
    await opened.sync.engine.settled();
    expect(await opened.sync.engine.state(draft.id)).toEqual({ state: 'sent', serverId: 'srv_article', revision: 1 });
    const create = transport.calls.find((call) => call.route === 'articles:create');
    expect(JSON.stringify(create?.request.body)).toContain('"mediaId":"srv_1"');
  });

  it('says "signed out" when the newsroom ends the session mid-queue, and keeps the jobs', async () => {
    const clock = new FakeClock();
    let signedIn = true;
    const transport = new FakeTransport(clock, () => {
      signedIn = false;
      return { ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Your session has ended.' } };
    });
    const opened = await deskWith(transport, clock, () => signedIn);
    const draft = await opened.drafts.create('en');
    await opened.drafts.save(draft.id, { ...readyContent('Signed out'), leadImage: null });
    await opened.sync.engine.submit(draft.id);
    await opened.sync.engine.settled();
    expect(await opened.sync.engine.state(draft.id)).toEqual({ state: 'waiting', next: 'create', pending: 2, reason: 'signed_out', retryAt: null, lastError: null });
  });
});

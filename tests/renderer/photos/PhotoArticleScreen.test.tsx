// @vitest-environment jsdom
/**
 * The photo article screen's save: onto the revision shown; when the article changed meanwhile,
 * the clear notice, the latest text shown, and every caption the photo editor typed still there
 * — and the next Save goes onto the new revision.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { PhotoArticleScreen } from '../../../renderer/screens/photos/PhotoArticleScreen';
import type { PhotoOpen } from '../../../shared/desk-api-photos';
import { click, mount, typeInto, type Mounted } from '../article/mount';
import { buttonNamed, settle } from '../sync/sync-desk';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function opened(revision: number, standfirst: string): PhotoOpen {
  return {
    article: {
      id: 'a1', slug: 'ferry', language: 'en', section: 'hong-kong', headline: 'Ferry fares to rise', standfirst, byline: 'Chan Mei', dateline: 'Hong Kong',
      leadImage: { mediaId: 'm_lead', src: 'media/m_lead/large', caption: 'A ferry.', credit: '(File Photo)', alt: '' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares will rise.' }] }] },
      tags: ['transport'], topics: [], relatedLinks: [], status: 'in_review', revision, createdAt: '2026-12-01T01:00:00Z', updatedAt: '2026-12-01T01:00:00Z',
      approvals: [], notes: [], author: 'chan-mei', assignee: null, needsPhotos: true, publishAt: null, version: revision,
    },
    images: { lead: { mediaId: 'm_lead', src: 'media/m_lead/large', caption: 'A ferry.', credit: '(File Photo)', alt: '' }, figures: [] },
    mediaBase: 'http://127.0.0.1:9/',
  };
}

describe('saving on the photo desk', () => {
  it('a stale save says so, shows the latest text, keeps the typed caption and saves it onto the new revision', async () => {
    let current = opened(4, 'Operators cite fuel costs');
    const saves: { revision: number; caption: string | undefined }[] = [];
    const transport: DeskTransport = async (channel, request) => {
      if (channel === 'photos:open') return { ok: true, value: current };
      if (channel === 'photos:picture') return { ok: false, error: { code: 'not_found', message: 'This image is not on the newsroom.' } };
      if (channel === 'photos:save') {
        const body = request as { revision: number; images: PhotoOpen['images'] };
        saves.push({ revision: body.revision, caption: body.images.lead?.caption });
        if (saves.length === 1) {
          // The reporter edited the text meanwhile.
          current = opened(5, 'Operators blame fuel costs');
          return { ok: false, error: { code: 'conflict', message: 'changed', details: ['currentRevision:5'] } };
        }
        current = { ...opened(6, 'Operators blame fuel costs'), images: body.images };
        current.article.leadImage = body.images.lead;
        return { ok: true, value: current };
      }
      return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
    };
    mounted = await mount(<DeskProvider client={createDeskClient(transport)}><PhotoArticleScreen serverId="a1" /></DeskProvider>);
    await settle();
    const { container } = mounted;
    const caption = () => container.querySelector<HTMLTextAreaElement>('fieldset textarea');
    expect(caption()?.value).toBe('A ferry.');
    expect(buttonNamed(container, 'Save')?.disabled).toBe(true);

    await typeInto(caption(), 'The Star Ferry at Central Pier.');
    await click(buttonNamed(container, 'Save'));
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'The article changed since you opened it (it is now revision 5) and has been reloaded. Your captions and photos are kept here: check them against the new text and save again.',
    );
    expect(container.textContent).toContain('Operators blame fuel costs');
    expect(container.textContent).toContain('Revision 5');
    expect(caption()?.value).toBe('The Star Ferry at Central Pier.');

    await click(buttonNamed(container, 'Save'));
    await settle();
    expect(saves).toEqual([
      { revision: 4, caption: 'The Star Ferry at Central Pier.' },
      { revision: 5, caption: 'The Star Ferry at Central Pier.' },
    ]);
    expect(container.textContent).toContain('Saved. The images are on the newsroom.');
    expect(caption()?.value).toBe('The Star Ferry at Central Pier.');
    expect(buttonNamed(container, 'Save')?.disabled).toBe(true);
  });

  it('photos added by the file chooser go up with a bar each, and captions typed during the upload stay', async () => {
    let finish: (value: unknown) => void = () => {};
    const attachCalls: unknown[] = [];
    const transport: DeskTransport = async (channel, request) => {
      if (channel === 'photos:open') return { ok: true, value: opened(4, 'Operators cite fuel costs') };
      if (channel === 'photos:picture') return { ok: false, error: { code: 'not_found', message: 'This image is not on the newsroom.' } };
      if (channel === 'media:import') return { ok: true, value: { mediaId: 'm_local', src: 'media/m_local/1600.webp', width: 800, height: 600, mimeType: 'image/jpeg', caption: '', credit: '', byline: '', copyright: '', renditions: [] } };
      if (channel === 'photos:uploads') return { ok: true, value: { items: [{ mediaId: 'm_local', fileName: 'pier.jpg', state: 'uploading', sentBytes: 5, totalBytes: 10 }] } };
      if (channel === 'photos:attach') {
        attachCalls.push(request);
        return new Promise((resolve) => {
          finish = (value) => resolve({ ok: true, value });
        });
      }
      return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
    };
    mounted = await mount(<DeskProvider client={createDeskClient(transport)}><PhotoArticleScreen serverId="a1" /></DeskProvider>);
    await settle();
    const { container } = mounted;
    const chooser = container.querySelector<HTMLInputElement>('input[type=file][aria-label="Choose photos to add as figures"]');
    if (!chooser) throw new Error('no file chooser for figures');
    expect(chooser.multiple).toBe(true);
    Object.defineProperty(chooser, 'files', { value: [new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'pier.jpg', { type: 'image/jpeg' })], configurable: true });
    await act(async () => chooser.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(attachCalls).toHaveLength(1);
    expect(attachCalls[0]).toMatchObject({ target: { kind: 'addFigures' }, files: [{ mediaId: 'm_local', fileName: 'pier.jpg' }] });
    // The screen asks for progress while the desk uploads.
    await vi.waitFor(async () => {
      await settle();
      expect(container.querySelector('progress[aria-label="Upload of pier.jpg"]')?.getAttribute('value')).toBe('50');
    });

    const caption = container.querySelector<HTMLTextAreaElement>('fieldset textarea');
    await typeInto(caption, 'Typed while it uploads.');
    finish({
      images: { lead: opened(4, '').images.lead, figures: [{ mediaId: 'm_srv', src: 'media/m_srv/large', caption: 'From the file', credit: 'Photo: Ho', alt: '' }] },
      uploaded: [{ mediaId: 'm_srv', src: 'media/m_srv/large', caption: 'From the file', credit: 'Photo: Ho', width: 800, height: 600 }],
      uploads: [{ mediaId: 'm_local', fileName: 'pier.jpg', state: 'done', sentBytes: 10, totalBytes: 10 }],
    });
    await settle();
    const legends = Array.from(container.querySelectorAll('legend')).map((legend) => legend.textContent);
    expect(legends).toEqual(['Lead image', 'Figure 1']);
    const captions = Array.from(container.querySelectorAll<HTMLTextAreaElement>('fieldset textarea')).filter((_, index) => index % 2 === 0).map((field) => field.value);
    expect(captions).toEqual(['Typed while it uploads.', 'From the file']);
    expect(container.querySelector('progress[aria-label="Upload of pier.jpg"]')?.getAttribute('value')).toBe('100');
    expect(container.textContent).toContain('Uploaded');
  });

  it('a draft not yet submitted: the photo editor is told when images can be saved, and Save stays off', async () => {
    const draft = opened(2, 'Operators cite fuel costs');
    draft.article.status = 'draft';
    const transport: DeskTransport = async (channel) => {
      if (channel === 'photos:open') return { ok: true, value: draft };
      if (channel === 'newsroom:state') {
        return { ok: true, value: { serverUrl: 'http://127.0.0.1:9/', embedded: false, status: 'signed_in', user: { id: 'u1', username: 'ho', displayName: 'Ho Wing', role: 'photo_editor' }, tokenStorage: 'memory', tokenStorageReason: 'web_mode', setupNeeded: false } };
      }
      return { ok: false, error: { code: 'not_found', message: `no ${channel}` } };
    };
    mounted = await mount(<DeskProvider client={createDeskClient(transport)}><PhotoArticleScreen serverId="a1" /></DeskProvider>, 'zh-Hant');
    await settle();
    const { container } = mounted;
    expect(container.textContent).toContain('這篇文章目前為「草稿」：文章送審或獲批後，圖片組才可儲存圖片。');
    await typeInto(container.querySelector('fieldset textarea'), '新的圖片說明');
    expect(buttonNamed(container, '儲存')?.disabled).toBe(true);
  });
});

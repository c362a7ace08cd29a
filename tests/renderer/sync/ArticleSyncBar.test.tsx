// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleSyncBar } from '../../../renderer/sync/ArticleSyncBar';
import type { SyncState } from '../../../shared/desk-api-sync';
import { click, mount, type Mounted } from '../article/mount';
import { buttonNamed, fakeDesk, settle } from './sync-desk';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function barWith(state: SyncState, language: 'en' | 'zh-Hant' = 'en') {
  const order: string[] = [];
  const desk = fakeDesk({
    'sync:state': () => state,
    'sync:submit': () => {
      order.push('submit');
      return { state: 'sending', next: 'create', pending: 2, progress: null };
    },
    'sync:send': () => ({ state: 'sending', next: 'update', pending: 1, progress: null }),
    'sync:retry': () => ({ state: 'waiting', next: 'update', pending: 1, reason: 'retrying', retryAt: null, lastError: null }),
    'sync:discard': () => ({ state: 'sent', serverId: 's1', revision: 3 }),
  });
  const flush = async () => {
    order.push('flush');
  };
  mounted = await mount(desk.wrap(<ArticleSyncBar draftId="d1" flush={flush} onSettle={() => order.push('settle')} />), language);
  await settle();
  return { desk, order, container: mounted.container };
}

describe('the article screen’s newsroom bar', () => {
  it('a local draft offers Submit for review, which writes what is pending first, then submits', async () => {
    const { desk, order, container } = await barWith({ state: 'local_only' });
    expect(container.textContent).toContain('Only on this computer');
    await click(buttonNamed(container, 'Submit for review'));
    await settle();
    const submit = desk.calls.find((call) => call.channel === 'sync:submit');
    expect(submit?.request).toEqual({ draftId: 'd1' });
    expect(order).toEqual(['flush', 'submit']);
    expect(buttonNamed(container, 'Send changes')).toBeNull();
  });

  it('a sent draft offers Send changes; a returned one, Submit again with the editor’s note', async () => {
    const sent = await barWith({ state: 'sent', serverId: 's1', revision: 3 });
    expect(buttonNamed(sent.container, 'Send changes')).not.toBeNull();
    await mounted?.unmount();
    const returned = await barWith({ state: 'returned', serverId: 's1', revision: 3, note: '請補充消息來源' }, 'zh-Hant');
    expect(returned.container.textContent).toContain('編輯已退回：「請補充消息來源」');
    expect(buttonNamed(returned.container, '送審')).not.toBeNull();
  });

  it('waiting for a sign-in links to the sign-in screen; a refusal offers Try again and Drop', async () => {
    const waiting = await barWith({ state: 'waiting', next: 'create', pending: 2, reason: 'signed_out', retryAt: null, lastError: null });
    const link = Array.from(waiting.container.querySelectorAll('a')).find((anchor) => anchor.textContent === 'Sign in to the newsroom');
    expect(link?.getAttribute('href')).toBe('#/newsroom');
    await mounted?.unmount();
    const stopped = await barWith({ state: 'stopped', message: 'You cannot edit this article while it is published.', status: 403 });
    expect(stopped.container.textContent).toContain('The newsroom refused it: You cannot edit this article while it is published.');
    await click(buttonNamed(stopped.container, 'Try again'));
    await settle();
    expect(stopped.desk.calls.map((call) => call.channel)).toContain('sync:retry');
  });

  it('shows upload progress while images go', async () => {
    const { container } = await barWith({ state: 'sending', next: 'upload', pending: 4, progress: { sentBytes: 3_000_000, totalBytes: 12_000_000, filesDone: 1, filesTotal: 4 } });
    const bar = container.querySelector('progress');
    expect(bar?.getAttribute('aria-label')).toBe('Image upload');
    expect(bar?.getAttribute('value')).toBe('3000000');
    expect(bar?.getAttribute('max')).toBe('12000000');
    expect(container.textContent).toContain('Uploading images: 1 of 4 files');
  });

  it('a conflict offers to settle it; a published article links to its public page only over http(s)', async () => {
    const conflict = await barWith({ state: 'conflict', serverId: 's1', revision: 3, serverRevision: 5, conflicts: 1 });
    await click(buttonNamed(conflict.container, 'Settle the changes…'));
    expect(conflict.order).toEqual(['settle']);
    await mounted?.unmount();
    const published = await barWith({ state: 'published', serverId: 's1', revision: 6, publicUrl: 'https://news.example.hk/hong-kong/ferry' });
    const link = Array.from(published.container.querySelectorAll('a')).find((anchor) => anchor.textContent === 'Open the public page');
    expect(link?.getAttribute('href')).toBe('https://news.example.hk/hong-kong/ferry');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    await mounted?.unmount();
    const hostile = await barWith({ state: 'published', serverId: 's1', revision: 6, publicUrl: 'javascript:alert(1)' });
    expect(Array.from(hostile.container.querySelectorAll('a')).some((anchor) => anchor.textContent === 'Open the public page')).toBe(false);
  });
});

// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { App } from '../../../renderer/app/App';
import { click, mount, type Mounted } from '../article/mount';

/** The preload's `window.copydeskEvents`, driven by the test as the main process would. */
function fakeEventBridge() {
  const listeners = new Set<(name: string, payload: unknown) => void>();
  window.copydeskEvents = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    listeners,
    async send(name: string, payload: unknown) {
      await act(async () => {
        for (const listener of listeners) listener(name, payload);
      });
    },
  };
}

const article = (id: string, headline: string) => ({
  id,
  slug: '',
  language: 'en',
  section: '',
  headline,
  standfirst: '',
  byline: '',
  dateline: '',
  tags: [],
  topics: [],
  leadImage: null,
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  relatedLinks: [],
  status: 'draft',
  revision: 1,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

describe('the native menu reaches the page through the DeskApi events', () => {
  let mounted: Mounted | undefined;
  let bridge: ReturnType<typeof fakeEventBridge>;
  let calls: { channel: string; request: unknown }[];
  let restartAnswer: unknown;

  const transport: DeskTransport = async (channel, request) => {
    calls.push({ channel, request });
    if (channel === 'drafts:search') return { ok: true, value: { total: 0, hits: [] } };
    if (channel === 'drafts:quarantined') return { ok: true, value: [] };
    if (channel === 'drafts:create') return { ok: true, value: article('new1', '') };
    if (channel === 'drafts:import') return { ok: true, value: { outcome: 'imported', article: article('imp1', 'Ferry fares'), skippedImages: 0, replaced: false } };
    if (channel === 'drafts:get') return { ok: true, value: article('new1', '') };
    if (channel === 'drafts:tags') return { ok: true, value: { tags: [], topics: [] } };
    if (channel === 'drafts:history') return { ok: true, value: [] };
    if (channel === 'updates:status') return { ok: true, value: { state: 'idle' } };
    if (channel === 'updates:restart') return restartAnswer;
    if (channel === 'settings:get') return { ok: true, value: {} };
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  };
  const channels = () => calls.map((call) => call.channel);

  beforeEach(async () => {
    window.location.hash = '#/';
    calls = [];
    restartAnswer = { ok: true, value: { restarting: true } };
    bridge = fakeEventBridge();
    mounted = await mount(
      <DeskProvider client={createDeskClient(transport)}>
        <App />
      </DeskProvider>,
    );
  });

  afterEach(async () => {
    await mounted?.unmount();
    delete window.copydeskEvents;
  });

  it('File ▸ New article creates a draft and opens it', async () => {
    await bridge.send('menu:newArticle', {});
    await waitFor(() => window.location.hash === '#/article/new1');
    expect(channels()).toContain('drafts:create');
    expect(window.location.hash).toBe('#/article/new1');
  });

  it('File ▸ Import… imports the file chosen in the native dialog and opens it', async () => {
    await bridge.send('menu:import', { fileName: 'ferry.docx', data: 'UEs=' });
    await waitFor(() => window.location.hash === '#/article/imp1');
    expect(calls.find((call) => call.channel === 'drafts:import')?.request).toEqual({ fileName: 'ferry.docx', data: 'UEs=' });
  });

  it('ignores an event whose payload breaks the contract, and names it does not know', async () => {
    await bridge.send('menu:import', { fileName: '' });
    await bridge.send('menu:formatDisk', {});
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(channels()).not.toContain('drafts:import');
    expect(window.location.hash).toBe('#/');
  });

  it('View ▸ Preview and View ▸ History toggle those panels on the open article', async () => {
    window.location.hash = '#/article/new1';
    await waitFor(() => Boolean(mounted?.container.querySelector('.article-screen')));
    const toggle = (name: string) => Array.from(mounted?.container.querySelectorAll('button') ?? []).find((button) => button.textContent === name);
    expect(toggle('Preview')?.getAttribute('aria-pressed')).toBe('false');
    await bridge.send('menu:preview', {});
    expect(toggle('Preview')?.getAttribute('aria-pressed')).toBe('true');
    await bridge.send('menu:history', {});
    expect(toggle('History')?.getAttribute('aria-pressed')).toBe('true');
    await bridge.send('menu:checklist', {});
    expect(document.activeElement?.id).toBe('checklist-heading');
  });

  it('offers "Restart to update" once an update is ready, and shows why the desk refused', async () => {
    const restartButton = () => Array.from(mounted?.container.querySelectorAll('button') ?? []).find((button) => button.textContent === 'Restart to update');
    expect(restartButton()).toBeUndefined();
    await bridge.send('update:ready', { version: '0.2.0' });
    expect(mounted?.container.textContent).toContain('Copydesk 0.2.0 is ready to install.');
    restartAnswer = { ok: false, error: { code: 'conflict', message: 'A draft is still being saved. Restart to update once it is saved.' } };
    await click(restartButton() ?? null);
    await waitFor(() => Boolean(mounted?.container.querySelector('[role="alert"]')));
    expect(channels()).toContain('updates:restart');
    expect(mounted?.container.querySelector('[role="alert"]')?.textContent).not.toBe('');
    expect(restartButton()?.hasAttribute('disabled')).toBe(false);
  });

  it('stops listening when the app goes away', async () => {
    expect(bridge.listeners.size).toBeGreaterThan(0);
    await mounted?.unmount();
    mounted = undefined;
    expect(bridge.listeners.size).toBe(0);
  });
});

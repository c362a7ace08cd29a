// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { DraftsScreen } from '../../../renderer/screens/drafts/DraftsScreen';
import { byLabel, mount, type Mounted } from '../article/mount';

const article = {
  id: 'd1',
  slug: '',
  language: 'en',
  section: '',
  headline: 'Ferry fares',
  standfirst: '',
  byline: '',
  dateline: '',
  tags: [],
  topics: [],
  leadImage: null,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares rise.' }] }] },
  relatedLinks: [],
  status: 'draft',
  revision: 2,
  createdAt: '2026-11-29T08:00:00.000Z',
  updatedAt: '2026-11-29T08:00:00.000Z',
};

function deskImporting(skippedImages: number): DeskTransport {
  return async (channel) => {
    if (channel === 'drafts:search') return { ok: true, value: { total: 0, hits: [] } };
    if (channel === 'drafts:quarantined') return { ok: true, value: [] };
    if (channel === 'drafts:import') return { ok: true, value: { outcome: 'imported', article, skippedImages, replaced: false } };
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  };
}

async function importAFile(mounted: Mounted): Promise<string> {
  const input = byLabel(mounted.container, 'Import a draft (.docx or Copydesk export)');
  if (!(input instanceof HTMLInputElement)) throw new Error('no import field');
  Object.defineProperty(input, 'files', { value: [new File(['PK'], 'ferry.docx')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let tries = 0; tries < 50 && !mounted.container.textContent?.includes('Imported'); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  return mounted.container.textContent ?? '';
}

describe('the notice after an import', () => {
  let mounted: Mounted | undefined;
  afterEach(async () => mounted?.unmount());

  it('says how many images were left out, and why', async () => {
    mounted = await mount(<DeskProvider client={createDeskClient(deskImporting(2))}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    const text = await importAFile(mounted);
    expect(text).toContain('Imported “Ferry fares” as a new draft.');
    expect(text).toContain('2 images were left out: only JPEG, PNG, WebP and GIF images up to 30 MB can be imported.');
  });

  it('says nothing of images when all came in', async () => {
    mounted = await mount(<DeskProvider client={createDeskClient(deskImporting(0))}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    const text = await importAFile(mounted);
    expect(text).toContain('Imported “Ferry fares” as a new draft.');
    expect(text).not.toContain('left out');
  });
});

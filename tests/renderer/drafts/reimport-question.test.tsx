// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { DraftsScreen } from '../../../renderer/screens/drafts/DraftsScreen';
import { byLabel, click, mount, type Mounted } from '../article/mount';

const existing = { id: 'd1', headline: 'Ferry fares', language: 'en', status: 'draft', revision: 4, updatedAt: '2026-11-29T08:00:00.000Z', createdAt: '2026-11-29T07:00:00.000Z' };
const article = {
  ...existing,
  slug: '',
  section: '',
  standfirst: '',
  byline: '',
  dateline: '',
  tags: [],
  topics: [],
  leadImage: null,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares rise.' }] }] },
  relatedLinks: [],
};

/** A desk that has seen the file before: it asks until the import request carries a choice. */
function deskThatAsks() {
  const imports: unknown[] = [];
  const transport: DeskTransport = async (channel, request) => {
    if (channel === 'drafts:search') return { ok: true, value: { total: 0, hits: [] } };
    if (channel === 'drafts:quarantined') return { ok: true, value: [] };
    if (channel === 'drafts:import') {
      imports.push(request);
      const choice = typeof request === 'object' && request !== null && 'choice' in request ? request.choice : undefined;
      if (!choice) return { ok: true, value: { outcome: 'seen-before', existing, importedAt: '2026-11-29T07:00:00.000Z' } };
      const replaced = typeof choice === 'object' && choice !== null && 'kind' in choice && choice.kind === 'replace';
      return { ok: true, value: { outcome: 'imported', article: replaced ? article : { ...article, id: 'd2' }, skippedImages: 0, replaced } };
    }
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  };
  return { transport, imports };
}

async function settle(until: () => boolean): Promise<void> {
  for (let tries = 0; tries < 50 && !until(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

async function pickFile(mounted: Mounted): Promise<void> {
  const input = byLabel(mounted.container, 'Import a draft (.docx or Copydesk export)');
  if (!(input instanceof HTMLInputElement)) throw new Error('no import field');
  Object.defineProperty(input, 'files', { value: [new File(['PK same bytes'], 'ferry.docx')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(() => mounted.container.querySelector('[role="alertdialog"]') !== null);
}

const button = (mounted: Mounted, name: string) => Array.from(mounted.container.querySelectorAll('button')).find((candidate) => candidate.textContent === name) ?? null;

describe('importing a file imported before', () => {
  let mounted: Mounted | undefined;
  afterEach(async () => mounted?.unmount());

  it('asks, names the draft it became, and imports nothing until answered', async () => {
    const desk = deskThatAsks();
    mounted = await mount(<DeskProvider client={createDeskClient(desk.transport)}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    await pickFile(mounted);
    const dialog = mounted.container.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('You have imported “ferry.docx” before.');
    expect(dialog?.textContent).toContain('It became the draft “Ferry fares”');
    expect(document.activeElement?.textContent).toBe('Import as a new draft');
    expect(desk.imports).toHaveLength(1);

    await click(button(mounted, 'Cancel'));
    expect(mounted.container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(desk.imports).toHaveLength(1);
  });

  it('sends the same file again with "replace" and the draft’s id, and says what was kept', async () => {
    const desk = deskThatAsks();
    mounted = await mount(<DeskProvider client={createDeskClient(desk.transport)}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    await pickFile(mounted);
    await click(button(mounted, 'Replace the existing draft'));
    await settle(() => mounted?.container.textContent?.includes('Replaced') ?? false);
    expect(desk.imports[1]).toEqual({ fileName: 'ferry.docx', data: expect.any(String), choice: { kind: 'replace', id: 'd1' } });
    expect(desk.imports[1]).toMatchObject({ data: (desk.imports[0] as { data: string }).data });
    expect(mounted.container.textContent).toContain('Replaced the text of “Ferry fares” with the file. The text it replaced is kept in the draft’s History.');
  });

  it('sends "new" when importing as a new draft', async () => {
    const desk = deskThatAsks();
    mounted = await mount(<DeskProvider client={createDeskClient(desk.transport)}><DraftsScreen onOpen={() => {}} /></DeskProvider>);
    await pickFile(mounted);
    await click(button(mounted, 'Import as a new draft'));
    await settle(() => mounted?.container.textContent?.includes('Imported') ?? false);
    expect(desk.imports[1]).toMatchObject({ choice: { kind: 'new' } });
    expect(mounted.container.textContent).toContain('Imported “Ferry fares” as a new draft.');
  });
});

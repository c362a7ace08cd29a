// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { DraftsScreen } from '../../../renderer/screens/drafts/DraftsScreen';
import type { DraftSearchHit } from '../../../shared/desk-api-drafts';
import { byLabel, click, mount, type Mounted } from '../article/mount';

const draft = {
  id: 'd1',
  headline: 'Ferry fares',
  language: 'en' as const,
  status: 'draft' as const,
  revision: 3,
  updatedAt: '2026-11-29T08:00:00.000Z',
  createdAt: '2026-11-29T07:00:00.000Z',
};
const hit: DraftSearchHit = { draft, tags: [], topics: [], snippet: '', headlineHighlights: [], snippetHighlights: [] };

/** A desk that keeps one draft, answers a delete only when told, and lists the trash as it is then. */
function slowDeleteDesk() {
  let trashed = false;
  let answerDelete: () => void = () => {};
  const listTrashCalls: boolean[] = [];
  const transport: DeskTransport = async (channel) => {
    switch (channel) {
      case 'drafts:search':
        return { ok: true, value: trashed ? { total: 0, hits: [] } : { total: 1, hits: [hit] } };
      case 'drafts:quarantined':
        return { ok: true, value: [] };
      case 'drafts:trash':
        await new Promise<void>((resolve) => (answerDelete = resolve));
        trashed = true;
        return { ok: true, value: { id: draft.id, trashedAt: '2026-11-29T09:00:00.000Z' } };
      case 'drafts:listTrash':
        listTrashCalls.push(trashed);
        return { ok: true, value: trashed ? [{ draft, trashedAt: '2026-11-29T09:00:00.000Z', purgeAt: '2026-12-29T09:00:00.000Z' }] : [] };
      default:
        return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
    }
  };
  return { client: createDeskClient(transport), listTrashCalls, answerDelete: () => answerDelete() };
}

/** Lets answered desk calls and the renders they cause run. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Waits (in real time, past the search's typing pause) until `find` finds something. */
async function appears<T>(find: () => T | null): Promise<T> {
  for (let tries = 0; tries < 100; tries += 1) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  throw new Error('it never appeared');
}

function button(container: HTMLElement, name: string): HTMLElement | null {
  return [...container.querySelectorAll('button')].find((element) => (element.getAttribute('aria-label') ?? element.textContent) === name) ?? null;
}

describe('the trash opened right after a delete', () => {
  let mounted: Mounted | undefined;
  afterEach(async () => mounted?.unmount());

  it('waits for the delete and lists the draft, so Empty trash can be used', async () => {
    const desk = slowDeleteDesk();
    mounted = await mount(
      <DeskProvider client={desk.client}>
        <DraftsScreen onOpen={() => {}} />
      </DeskProvider>,
    );
    const { container } = mounted;
    await click(await appears(() => button(container, 'Delete “Ferry fares”')));
    await click(button(container, 'Trash'));
    // The delete has not been answered: the trash must not be read yet.
    expect(desk.listTrashCalls).toEqual([]);
    expect(button(container, 'Empty trash')?.hasAttribute('disabled')).toBe(true);

    await settle();
    expect(desk.listTrashCalls).toEqual([]);

    desk.answerDelete();
    await settle();
    expect(desk.listTrashCalls).toEqual([true]);
    expect(byLabel(container, 'Drafts in the trash')?.textContent).toContain('Ferry fares');
    expect(button(container, 'Empty trash')?.hasAttribute('disabled')).toBe(false);
  });
});

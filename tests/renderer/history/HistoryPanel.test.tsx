// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { createI18n } from '../../../renderer/i18n/i18n';
import { HistoryPanel } from '../../../renderer/screens/history/HistoryPanel';
import { emptyArticleContent } from '../../../shared/article';
import type { RevisionSummary } from '../../../shared/desk-api-drafts';
import { click } from '../article/mount';

const revisions: RevisionSummary[] = [
  { id: '01JD0000000000000000000003', revision: 5, takenAt: '2026-11-29T09:30:00.000Z', reason: 'explicit', words: 3, characters: 12 },
  { id: '01JD0000000000000000000002', revision: 3, takenAt: '2026-11-29T09:10:00.000Z', reason: 'interval', words: 2, characters: 8 },
];
const headlineChanged = [
  { kind: 'removed', indent: '', field: 'headline', text: '渡輪加價' },
  { kind: 'added', indent: '', field: 'headline', text: '渡輪下月加價' },
  { kind: 'same', indent: '', field: null, text: '天星小輪宣布加價。' },
];

/** A desk with two revisions that records every call and names the revision a restore replaced. */
function historyDesk() {
  const calls: { channel: string; request: unknown }[] = [];
  const transport: DeskTransport = async (channel, request) => {
    calls.push({ channel, request });
    switch (channel) {
      case 'drafts:history':
        return { ok: true, value: revisions };
      case 'drafts:revision':
        return { ok: true, value: { info: revisions[1], content: emptyArticleContent('zh-Hant'), changes: headlineChanged } };
      case 'drafts:restore':
        return { ok: true, value: { id: 'd1', revision: 7, updatedAt: '2026-11-29T10:00:00.000Z', replacedRevisionId: '01JD0000000000000000000009' } };
      case 'drafts:compare':
        return { ok: true, value: { changes: headlineChanged } };
      default:
        return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
    }
  };
  return { transport, calls };
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function render(language: 'en' | 'zh-Hant', element: ReactNode): Promise<HTMLElement> {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>));
  cleanup = async () => {
    await act(async () => root.unmount());
    container.remove();
  };
  await settle();
  return container;
}

async function settle(): Promise<void> {
  for (let tries = 0; tries < 5; tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

const button = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll('button')).find((candidate) => candidate.textContent === name || candidate.getAttribute('aria-label') === name) ?? null;

function panel(desk: ReturnType<typeof historyDesk>, restored: string[]) {
  return (
    <DeskProvider client={createDeskClient(desk.transport)}>
      <HistoryPanel draftId="d1" beforeRestore={async () => {}} onRestored={() => restored.push('reload')} />
    </DeskProvider>
  );
}

describe('HistoryPanel', () => {
  it('keeps the restore notice with Undo until dismissed; Undo restores the revision the restore replaced', async () => {
    const desk = historyDesk();
    const restored: string[] = [];
    const container = await render('en', panel(desk, restored));
    await click(container.querySelectorAll('.history-panel__revision')[1] ?? null);
    await settle();
    await click(button(container, 'Restore this revision'));
    await settle();
    expect(desk.calls.filter((call) => call.channel === 'drafts:restore').map((call) => call.request)).toEqual([{ id: 'd1', revisionId: revisions[1]?.id }]);
    expect(container.textContent).toContain('was restored. The text it replaced is kept in History.');

    // Still there later: nothing but Dismiss or Undo removes it.
    await settle();
    await click(button(container, 'Undo the restore: bring back the text from just before it'));
    await settle();
    expect(desk.calls.filter((call) => call.channel === 'drafts:restore').at(-1)?.request).toEqual({ id: 'd1', revisionId: '01JD0000000000000000000009' });
    expect(restored).toEqual(['reload', 'reload']);
    expect(container.textContent).toContain('The restore was undone: the text from just before it is back.');
    expect(button(container, 'Undo')).toBeNull();
    await click(button(container, 'Dismiss'));
    expect(container.textContent).not.toContain('The restore was undone');
  });

  it('compares the two versions picked, older to newer', async () => {
    const desk = historyDesk();
    const container = await render('en', panel(desk, []));
    const [from, to] = Array.from(container.querySelectorAll('select'));
    expect(from?.value).toBe(revisions[1]?.id);
    expect(to?.value).toBe(revisions[0]?.id);
    await act(async () => {
      if (to) {
        to.value = 'current';
        to.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await click(button(container, 'Compare'));
    await settle();
    expect(desk.calls.find((call) => call.channel === 'drafts:compare')?.request).toEqual({ id: 'd1', from: revisions[1]?.id, to: 'current' });
    const list = container.querySelector('.history-compare ul');
    expect(list?.getAttribute('aria-label')).toMatch(/^Changes from .* While editing · 2 words · 8 characters to Current text$/);
    expect(list?.textContent).toContain('Headline: 渡輪下月加價');
  });

  it('names fields, sides and reasons in Chinese', async () => {
    const desk = historyDesk();
    const container = await render('zh-Hant', panel(desk, []));
    expect(container.textContent).toContain('編輯期間');
    await click(container.querySelectorAll('.history-panel__revision')[1] ?? null);
    await settle();
    const changes = container.querySelector('.history-panel__detail ul');
    expect(changes?.textContent).toContain('標題：渡輪加價');
    expect(changes?.textContent).toContain('只在此修訂版本：');
    expect(changes?.textContent).not.toMatch(/Headline|Only in/);
    await click(button(container, '比較'));
    await settle();
    expect(container.querySelector('.history-compare ul')?.textContent).toContain('標題：渡輪下月加價');
  });
});

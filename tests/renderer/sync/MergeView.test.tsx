// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EditingLockBanner } from '../../../renderer/sync/EditingLockBanner';
import { MergeView } from '../../../renderer/sync/MergeView';
import { emptyArticleContent } from '../../../shared/article';
import type { EditingLockView, MergeView as MergeViewData } from '../../../shared/desk-api-sync';
import { click, mount, type Mounted } from '../article/mount';
import { buttonNamed, fakeDesk, settle } from './sync-desk';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const view: MergeViewData = {
  draftId: 'd1',
  serverId: 's1',
  baseRevision: 3,
  serverRevision: 5,
  theirAuthor: 'Lee Ka-yan',
  orderConflict: false,
  conflicts: [
    { id: 'c-headline', field: 'headline', canKeepBoth: false, base: 'Fares rise', mine: 'Ferry fares rise 5%', theirs: 'Ferry fares rise in January' },
    { id: 'c-body-1', field: 'body', canKeepBoth: true, base: 'Fares will rise.', mine: 'Fares will rise by 5 per cent.', theirs: null },
  ],
};

function radio(container: HTMLElement, group: string, label: string): HTMLInputElement | null {
  const fieldset = Array.from(container.querySelectorAll('[role="group"]')).find((element) => element.getAttribute('aria-label') === group);
  const option = Array.from(fieldset?.querySelectorAll('label') ?? []).find((element) => element.textContent?.trim() === label);
  return option?.querySelector('input') ?? null;
}

describe('the merge view', () => {
  it('shows only the parts changed on both sides, and applies nothing until each has a choice', async () => {
    const order: string[] = [];
    const desk = fakeDesk({
      'sync:mergeView': () => view,
      'sync:resolve': () => {
        order.push('resolve');
        return { content: emptyArticleContent('en'), state: { state: 'waiting', next: 'update', pending: 1, reason: 'retrying', retryAt: null, lastError: null } };
      },
    });
    const settled: (string | undefined)[] = [];
    mounted = await mount(desk.wrap(<MergeView draftId="d1" beforeApply={async () => void order.push('flush')} onSettled={(copy) => settled.push(copy)} onClose={() => {}} />));
    await settle();
    const container = mounted.container;
    expect(container.textContent).toContain('theirs by Lee Ka-yan, newsroom revision 5');
    expect(container.querySelector('[aria-label="Headline, part 1: Mine"]')?.textContent).toContain('Ferry fares rise 5%');
    expect(container.querySelector('[aria-label="Body, part 1: Theirs"]')?.textContent).toContain('(deleted)');
    // A headline cannot hold both; a block of the body can.
    expect(radio(container, 'Headline, part 1', 'Keep both')).toBeNull();
    expect(radio(container, 'Body, part 1', 'Keep both')).not.toBeNull();
    const apply = buttonNamed(container, 'Apply these choices');
    expect(apply?.disabled).toBe(true);
    await click(radio(container, 'Headline, part 1', 'Take theirs'));
    expect(apply?.disabled).toBe(true);
    await click(radio(container, 'Body, part 1', 'Keep mine'));
    expect(apply?.disabled).toBe(false);
    await click(apply);
    await settle();
    expect(desk.calls.find((call) => call.channel === 'sync:resolve')?.request).toEqual({ draftId: 'd1', serverRevision: 5, choices: { 'c-headline': 'theirs', 'c-body-1': 'mine' } });
    expect(order).toEqual(['flush', 'resolve']);
    expect(settled).toEqual([undefined]);
  });

  it('“Save mine as a copy” is always there, in Chinese too, and names the copy', async () => {
    const desk = fakeDesk({ 'sync:mergeView': () => view, 'sync:saveCopy': () => ({ draftId: 'd2' }) });
    const settled: (string | undefined)[] = [];
    mounted = await mount(desk.wrap(<MergeView draftId="d1" beforeApply={async () => {}} onSettled={(copy) => settled.push(copy)} onClose={() => {}} />), 'zh-Hant');
    await settle();
    expect(mounted.container.textContent).toContain('對方：Lee Ka-yan');
    await click(buttonNamed(mounted.container, '把我的版本另存為副本'));
    await settle();
    expect(settled).toEqual(['d2']);
  });
});

describe('the soft lock banner', () => {
  async function bannerWith(lock: EditingLockView, confirmAnswer = true) {
    const desk = fakeDesk({ 'sync:lock': () => lock, 'sync:lockState': () => lock, 'sync:unlock': () => ({ state: 'none' }) });
    window.confirm = () => confirmAnswer;
    mounted = await mount(desk.wrap(<EditingLockBanner draftId="d1" />));
    await settle();
    return desk;
  }
  const since = '2026-12-02T02:02:00.000Z';
  const held = { holder: { username: 'chan-mei', displayName: 'Chan Mei' }, since, expiresAt: '2026-12-02T02:03:30.000Z', mine: false };

  it('takes the lock on open and gives it back on leaving', async () => {
    const desk = await bannerWith({ state: 'held', lock: { ...held, mine: true }, tookOverFrom: null });
    expect(desk.calls.filter((call) => call.channel === 'sync:lock')).toEqual([{ channel: 'sync:lock', request: { draftId: 'd1' } }]);
    expect(desk.calls.some((call) => call.channel === 'sync:unlock')).toBe(false);
    await mounted?.unmount();
    mounted = null;
    expect(desk.calls.at(-1)).toEqual({ channel: 'sync:unlock', request: { draftId: 'd1' } });
  });

  it('someone else’s lock: who and since when, and Take over after a confirmation', async () => {
    const desk = await bannerWith({ state: 'held_by_other', lock: held });
    expect(mounted?.container.textContent).toMatch(/^Being edited by Chan Mei since \d{1,2}:02/);
    await click(buttonNamed(mounted?.container ?? document.body, 'Take over editing'));
    await settle();
    expect(desk.calls.some((call) => call.channel === 'sync:lock' && JSON.stringify(call.request) === JSON.stringify({ draftId: 'd1', takeOver: true }))).toBe(true);
  });

  it('a lost lock says who took it and that nothing unsent is lost', async () => {
    await bannerWith({ state: 'lost', by: { username: 'lee', displayName: 'Lee Ka-yan' } });
    expect(mounted?.container.querySelector('[role="alert"]')?.textContent).toBe('Lee Ka-yan took over editing. Your unsent changes are kept and will be merged, not lost.');
  });
});

import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../shared/desk-api';
import type { TrashedDraftSummary } from '../../../shared/desk-api-drafts';
import { contentWith, day, deskValue, manualClock } from './draft-fixtures';
import { useTemporaryDesk } from './temporary-desk';

describe('trash', () => {
  const clock = manualClock();
  const desk = useTemporaryDesk({ drafts: { now: clock.now } });
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk.current, channel, request);
  const exists = (path: string) => access(path).then(() => true, () => false);

  async function draft(headline: string): Promise<string> {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith({ headline, paragraphs: ['渡輪加價'] }) });
    return id;
  }

  it('moves a deleted draft to the trash and restores it', async () => {
    const id = await draft('Ferry');
    await call('drafts:trash', { id });
    expect(await call<DraftSummary[]>('drafts:list', {})).toEqual([]);
    expect(await exists(join(desk.dataDir, 'trash', `${id}.json`))).toBe(true);
    const trashed = await call<TrashedDraftSummary[]>('drafts:listTrash', {});
    expect(trashed).toMatchObject([{ draft: { id, headline: 'Ferry' }, trashedAt: clock.now().toISOString() }]);
    expect(Date.parse(trashed[0]?.purgeAt ?? '') - clock.now().getTime()).toBe(30 * day);
    expect((await call<{ total: number }>('drafts:search', { query: '渡輪' })).total).toBe(0);

    await call('drafts:untrash', { id });
    expect(await call<DraftSummary[]>('drafts:list', {})).toMatchObject([{ id, headline: 'Ferry' }]);
    expect((await call<{ total: number }>('drafts:search', { query: '渡輪' })).total).toBe(1);
  });

  it('keeps the trash across a restart and purges drafts after 30 days', async () => {
    const old = await draft('Old');
    await call('drafts:trash', { id: old });
    clock.advance(20 * day);
    const recent = await draft('Recent');
    await call('drafts:trash', { id: recent });
    await desk.restart(async () => clock.advance(11 * day));
    const trashed = await call<TrashedDraftSummary[]>('drafts:listTrash', {});
    expect(trashed.map((item) => item.draft.headline)).toEqual(['Recent']);
    expect(await exists(join(desk.dataDir, 'trash', `${old}.json`))).toBe(false);
  });

  it('empties the trash for good, drafts and their history', async () => {
    const id = await draft('Gone');
    const kept = await draft('Kept');
    await call('drafts:trash', { id });
    expect(await call('drafts:emptyTrash', {})).toEqual({ removed: 1 });
    expect(await call('drafts:listTrash', {})).toEqual([]);
    expect(await exists(join(desk.dataDir, 'history', id))).toBe(false);
    expect((await call<DraftSummary[]>('drafts:list', {})).map((item) => item.id)).toEqual([kept]);
  });
});

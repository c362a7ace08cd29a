import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import type { RevisionDetail, RevisionSummary } from '../../../shared/desk-api-drafts';
import { contentWith, day, deskValue, manualClock, minute, temporaryDataDir, testAppInfo } from './draft-fixtures';

describe('draft history', () => {
  let dataDir: string;
  let desk: Desk;
  const clock = manualClock();
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk, channel, request);

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    desk = await createDesk({
      dataDir,
      appInfo: testAppInfo,
      drafts: { now: clock.now, revisionIntervalMs: 3 * minute, history: { keepCount: 3, keepDays: 30 } },
    });
  });

  afterEach(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('takes a revision on the first autosave, every few minutes of editing, and on Ctrl+S', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith({ headline: 'one' }) });
    clock.advance(minute);
    await call('drafts:save', { id, content: contentWith({ headline: 'two' }) });
    expect(await call<RevisionSummary[]>('drafts:history', { id })).toHaveLength(1);
    clock.advance(3 * minute);
    await call('drafts:save', { id, content: contentWith({ headline: 'three' }) });
    clock.advance(10_000);
    await call('drafts:save', { id, content: contentWith({ headline: 'four 四個字', paragraphs: ['ferry fares'] }), explicit: true });
    const history = await call<RevisionSummary[]>('drafts:history', { id });
    expect(history.map((revision) => revision.reason)).toEqual(['explicit', 'interval', 'interval']);
    expect(history[0]).toMatchObject({ revision: 5, words: 6 });
    expect(Date.parse(history[0]?.takenAt ?? '')).toBe(clock.now().getTime());
  });

  it('shows what changed and restores a revision, keeping the text it replaced', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares', paragraphs: ['Old lead.', 'Kept.'] }), explicit: true });
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares', paragraphs: ['New lead.', 'Kept.'] }) });
    const [original] = await call<RevisionSummary[]>('drafts:history', { id });
    if (!original) throw new Error('no revision');

    const detail = await call<RevisionDetail>('drafts:revision', { id, revisionId: original.id });
    expect(detail.changes.filter((change) => change.kind !== 'same')).toEqual([
      { kind: 'removed', indent: '', field: null, text: 'Old lead.' },
      { kind: 'added', indent: '', field: null, text: 'New lead.' },
    ]);

    await call('drafts:restore', { id, revisionId: original.id });
    const restored = await call<{ body: unknown }>('drafts:get', { id });
    expect(JSON.stringify(restored.body)).toContain('Old lead.');
    const history = await call<RevisionSummary[]>('drafts:history', { id });
    expect(history.map((revision) => revision.reason)).toEqual(['restore', 'before-restore', 'explicit']);
    const replaced = await call<RevisionDetail>('drafts:revision', { id, revisionId: history[1]?.id });
    expect(JSON.stringify(replaced.content.body)).toContain('New lead.');
  });

  it('keeps the last revisions or those of the last 30 days, whichever keeps more', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    for (let index = 0; index < 5; index += 1) {
      await call('drafts:save', { id, content: contentWith({ headline: `old ${index}` }), explicit: true });
      clock.advance(minute);
    }
    // All five are recent: none is dropped although the count limit is 3.
    expect(await call<RevisionSummary[]>('drafts:history', { id })).toHaveLength(5);
    clock.advance(40 * day);
    await call('drafts:save', { id, content: contentWith({ headline: 'new' }), explicit: true });
    const history = await call<RevisionSummary[]>('drafts:history', { id });
    expect(history).toHaveLength(3);
    expect(history[0]?.revision).toBe(7);
    expect((await readdir(join(dataDir, 'history', id))).length).toBe(3);
  });

  it('refuses an unknown revision with a clear error', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    const result = await dispatchDeskCall(desk.handlers, 'drafts:restore', { id, revisionId: '01J0000000000000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('undoes a restore: the revision it names holds the text from just before, typed after the last revision', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares', paragraphs: ['Old lead.'] }), explicit: true });
    const [original] = await call<RevisionSummary[]>('drafts:history', { id });
    // An autosave soon after: no revision of its own, so only the restore keeps this text.
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares', paragraphs: ['Typed just now.'] }) });

    const restored = await call<{ replacedRevisionId: string }>('drafts:restore', { id, revisionId: original?.id });
    expect(JSON.stringify((await call<{ body: unknown }>('drafts:get', { id })).body)).toContain('Old lead.');
    await call('drafts:restore', { id, revisionId: restored.replacedRevisionId });
    const undone = await call<{ body: unknown }>('drafts:get', { id });
    expect(JSON.stringify(undone.body)).toContain('Typed just now.');
    expect(JSON.stringify(undone.body)).not.toContain('Old lead.');
  });

  it('compares any two revisions, or a revision with the current text, in either order', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares', paragraphs: ['One.'] }), explicit: true });
    clock.advance(minute);
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares rise', paragraphs: ['One.', 'Two.'] }), explicit: true });
    clock.advance(minute);
    await call('drafts:save', { id, content: contentWith({ headline: 'Fares rise', paragraphs: ['One.', 'Two.', 'Three.'] }), explicit: true });
    const [, middle, first] = await call<RevisionSummary[]>('drafts:history', { id });
    const changed = async (from: string | undefined, to: string | undefined) =>
      (await call<{ changes: RevisionDetail['changes'] }>('drafts:compare', { id, from, to })).changes.filter((change) => change.kind !== 'same');

    expect(await changed(first?.id, middle?.id)).toEqual([
      { kind: 'removed', indent: '', field: 'headline', text: 'Fares' },
      { kind: 'added', indent: '', field: 'headline', text: 'Fares rise' },
      { kind: 'added', indent: '', field: null, text: 'Two.' },
    ]);
    expect(await changed(middle?.id, first?.id)).toEqual([
      { kind: 'removed', indent: '', field: 'headline', text: 'Fares rise' },
      { kind: 'added', indent: '', field: 'headline', text: 'Fares' },
      { kind: 'removed', indent: '', field: null, text: 'Two.' },
    ]);
    expect(await changed(middle?.id, 'current')).toEqual([{ kind: 'added', indent: '', field: null, text: 'Three.' }]);
    const unknown = await dispatchDeskCall(desk.handlers, 'drafts:compare', { id, from: '01J0000000000000000000000', to: 'current' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

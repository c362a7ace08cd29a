import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import type { DraftSummary } from '../../../shared/desk-api';
import type { QuarantinedDraftSummary } from '../../../shared/desk-api-drafts';
import { contentWith, deskValue } from './draft-fixtures';
import { useTemporaryDesk } from './temporary-desk';

describe('damaged draft files', () => {
  const desk = useTemporaryDesk();
  const call = (channel: string, request: unknown) => dispatchDeskCall(desk.current.handlers, channel, request);
  const value = <T>(channel: string, request: unknown) => deskValue<T>(desk.current, channel, request);

  async function savedDraft(headline: string): Promise<string> {
    const { id } = await value<{ id: string }>('drafts:create', {});
    await value('drafts:save', { id, content: contentWith({ headline, paragraphs: ['First version.'] }) });
    return id;
  }

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['garbled', () => '\u0000\u0001 not json at all'],
    ['valid JSON of the wrong shape', () => JSON.stringify({ headline: 42 })],
  ])('quarantines a %s file at start, tells which draft, and restores its last good revision', async (_kind, damage) => {
    const id = await savedDraft('渡輪加價');
    const healthy = await savedDraft('Healthy');
    await desk.restart(async () => {
      const file = join(desk.dataDir, 'drafts', `${id}.json`);
      await writeFile(file, damage(await readFile(file, 'utf8')));
      // Changed outside the app: a modification time clearly after the indexed one, set rather
      // than waited for (a sleep only works when the file system's clock ticks in time).
      const later = new Date(Date.now() + 60_000);
      await utimes(file, later, later);
    });
    const quarantined = await value<QuarantinedDraftSummary[]>('drafts:quarantined', {});
    expect(quarantined).toMatchObject([{ id, headline: '渡輪加價', lastGoodRevision: { revision: 2 } }]);
    expect(await readdir(join(desk.dataDir, 'quarantine'))).toContain(quarantined[0]?.file);
    expect((await value<DraftSummary[]>('drafts:list', {})).map((draft) => draft.id)).toEqual([healthy]);

    const recovered = await value<{ headline: string }>('drafts:recover', { id });
    expect(recovered.headline).toBe('渡輪加價');
    expect(await value('drafts:quarantined', {})).toEqual([]);
    expect((await value<DraftSummary[]>('drafts:list', {})).map((draft) => draft.id).sort()).toEqual([healthy, id].sort());
  });

  it('quarantines a file damaged while the app runs and says so when it is opened', async () => {
    const id = await savedDraft('Harbour');
    await writeFile(join(desk.dataDir, 'drafts', `${id}.json`), '{"id":');
    const result = await call('drafts:get', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    if (!result.ok) expect(result.error.message).toContain('Harbour');
    expect(await value('drafts:quarantined', {})).toMatchObject([{ id, headline: 'Harbour' }]);
  });

  it('starts with a torn journal line and keeps appending after it', async () => {
    const id = await savedDraft('Before');
    await desk.restart(async () => {
      const journal = join(desk.dataDir, 'index', 'drafts.ndjson');
      await writeFile(journal, `${await readFile(journal, 'utf8')}{"id":"torn`);
    });
    await value('drafts:save', { id, content: contentWith({ headline: 'After' }) });
    await desk.restart();
    expect(await value<DraftSummary[]>('drafts:list', {})).toMatchObject([{ id, headline: 'After' }]);
  });
});

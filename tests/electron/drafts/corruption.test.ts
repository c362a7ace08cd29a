import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import type { DraftSummary } from '../../../shared/desk-api';
import type { QuarantinedDraftSummary } from '../../../shared/desk-api-drafts';
import { contentWith, deskValue, temporaryDataDir, testAppInfo } from './draft-fixtures';

describe('damaged draft files', () => {
  let dataDir: string;
  let desk: Desk;
  const open = () => createDesk({ dataDir, appInfo: testAppInfo });
  const call = (channel: string, request: unknown) => dispatchDeskCall(desk.handlers, channel, request);
  const value = <T>(channel: string, request: unknown) => deskValue<T>(desk, channel, request);

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    desk = await open();
  });

  afterEach(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

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
    await desk.close();
    const file = join(dataDir, 'drafts', `${id}.json`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, damage(await readFile(file, 'utf8')));

    desk = await open();
    const quarantined = await value<QuarantinedDraftSummary[]>('drafts:quarantined', {});
    expect(quarantined).toMatchObject([{ id, headline: '渡輪加價', lastGoodRevision: { revision: 2 } }]);
    expect(await readdir(join(dataDir, 'quarantine'))).toContain(quarantined[0]?.file);
    expect((await value<DraftSummary[]>('drafts:list', {})).map((draft) => draft.id)).toEqual([healthy]);

    const recovered = await value<{ headline: string }>('drafts:recover', { id });
    expect(recovered.headline).toBe('渡輪加價');
    expect(await value('drafts:quarantined', {})).toEqual([]);
    expect((await value<DraftSummary[]>('drafts:list', {})).map((draft) => draft.id).sort()).toEqual([healthy, id].sort());
  });

  it('quarantines a file damaged while the app runs and says so when it is opened', async () => {
    const id = await savedDraft('Harbour');
    await writeFile(join(dataDir, 'drafts', `${id}.json`), '{"id":');
    const result = await call('drafts:get', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    if (!result.ok) expect(result.error.message).toContain('Harbour');
    expect(await value('drafts:quarantined', {})).toMatchObject([{ id, headline: 'Harbour' }]);
  });

  it('starts with a torn journal line and keeps appending after it', async () => {
    const id = await savedDraft('Before');
    await desk.close();
    const journal = join(dataDir, 'index', 'drafts.ndjson');
    await writeFile(journal, `${await readFile(journal, 'utf8')}{"id":"torn`);
    desk = await open();
    await value('drafts:save', { id, content: contentWith({ headline: 'After' }) });
    await desk.close();
    desk = await open();
    expect(await value<DraftSummary[]>('drafts:list', {})).toMatchObject([{ id, headline: 'After' }]);
  });
});

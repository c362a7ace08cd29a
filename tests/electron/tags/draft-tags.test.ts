import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../../shared/article';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';

let desk: Desk | undefined;
let folder = '';
afterEach(async () => {
  await desk?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('drafts:tags', () => {
  it('suggests tags and topics used in local drafts, most used first, case-insensitively merged', async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-tags-'));
    desk = await createDesk({ dataDir: folder, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform: 'test' } });
    const first = await desk.handlers['drafts:create']({ language: 'en' });
    const second = await desk.handlers['drafts:create']({ language: 'zh-Hant' });
    await desk.handlers['drafts:save']({ id: first.id, content: { ...emptyArticleContent('en'), tags: ['Transport', 'ferries'], topics: ['Cost of living'] } });
    await desk.handlers['drafts:save']({ id: second.id, content: { ...emptyArticleContent('zh-Hant'), tags: ['transport', '交通'], topics: [] } });

    const suggestions = await desk.handlers['drafts:tags']({});
    // The newest draft's spelling wins: "transport" was typed last.
    expect(suggestions.tags).toEqual(['transport', 'ferries', '交通']);
    expect(suggestions.topics).toEqual(['Cost of living']);
  });

  it('leaves out drafts in the trash', async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-tags-'));
    desk = await createDesk({ dataDir: folder, appInfo: { name: 'Copydesk', version: '0', mode: 'web', platform: 'test' } });
    const draft = await desk.handlers['drafts:create']({ language: 'en' });
    await desk.handlers['drafts:save']({ id: draft.id, content: { ...emptyArticleContent('en'), tags: ['gone'] } });
    await desk.handlers['drafts:trash']({ id: draft.id });
    expect(await desk.handlers['drafts:tags']({})).toEqual({ tags: [], topics: [] });
  });
});

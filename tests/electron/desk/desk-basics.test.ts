import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../../shared/article';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';

describe('desk services through the contract', () => {
  let dataDir: string;
  let desk: Desk;
  const call = (channel: string, request: unknown) => dispatchDeskCall(desk.handlers, channel, request);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-desk-'));
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' } });
  });

  afterEach(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates, saves, lists, gets and deletes a draft', async () => {
    const created = await call('drafts:create', { language: 'zh-Hant' });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };

    const content = { ...emptyArticleContent('zh-Hant'), headline: '渡輪加價' };
    const saved = await call('drafts:save', { id, content });
    expect(saved).toMatchObject({ ok: true, value: { id, revision: 2 } });

    const fetched = await call('drafts:get', { id });
    expect(fetched).toMatchObject({ ok: true, value: { id, headline: '渡輪加價', revision: 2 } });

    const listed = await call('drafts:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ id, headline: '渡輪加價' }] });

    // One JSON file per draft, readable without the app.
    const onDisk = JSON.parse(await readFile(join(dataDir, 'drafts', `${id}.json`), 'utf8'));
    expect(onDisk.headline).toBe('渡輪加價');

    expect(await call('drafts:delete', { id })).toEqual({ ok: true, value: { id } });
    expect(await call('drafts:get', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps a headline far over the site\'s limit whole: a draft save never cuts or refuses text for its length', async () => {
    const created = await call('drafts:create', {});
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    const headline = '渡輪加價'.repeat(125);
    expect(await call('drafts:save', { id, content: { ...emptyArticleContent(), headline } })).toMatchObject({ ok: true });
    expect(await call('drafts:get', { id })).toMatchObject({ ok: true, value: { headline } });
  });

  it('refuses bad input with a clear error and keeps what was saved', async () => {
    const created = await call('drafts:create', {});
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    await call('drafts:save', { id, content: { ...emptyArticleContent(), headline: 'Kept' } });

    const wrongType = await call('drafts:save', { id, content: { ...emptyArticleContent(), headline: 42 } });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (wrongType.ok) return;
    expect(wrongType.error.details?.join(' ')).toMatch(/headline/);

    const badLanguage = await call('drafts:create', { language: 'fr' });
    expect(badLanguage).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    // Without the id guard, drafts/../settings.json would be read as a draft, found damaged and
    // moved to quarantine: the refusal must say why and leave the settings file where it is.
    await call('settings:set', { uiLanguage: 'en' });
    const settingsBefore = await readFile(join(dataDir, 'settings.json'), 'utf8');
    const traversal = await call('drafts:get', { id: '../settings' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('not a draft id') } });
    expect(await readFile(join(dataDir, 'settings.json'), 'utf8')).toBe(settingsBefore);
    expect(await readdir(join(dataDir, 'quarantine')).catch(() => [])).toEqual([]);

    const unknownMethod = await call('drafts:format', {});
    expect(unknownMethod).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(await call('drafts:get', { id })).toMatchObject({ ok: true, value: { headline: 'Kept' } });
    const files = (await readdir(join(dataDir, 'drafts'))).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    expect(files).toEqual([`${id}.json`]);
  });

  it('remembers settings across a restart', async () => {
    await call('settings:set', { uiLanguage: 'en' });
    await desk.close();
    desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: '0.0.0', mode: 'web', platform: 'linux' } });
    expect(await call('settings:get', {})).toEqual({ ok: true, value: { uiLanguage: 'en' } });
  });
});

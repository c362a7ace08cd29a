import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../../electron/main/collect-diagnostics';
import { desktopHandlers } from '../../../electron/main/desktop-handlers';
import { devServerUrl } from '../../../electron/main/dev-server-url';
import { diagnosticsReport } from '../../../electron/main/diagnostics-report';
import type { UpdateStatus } from '../../../shared/desk-api';
import { contentWith } from '../drafts/draft-fixtures';
import { useTemporaryDesk } from '../drafts/temporary-desk';

const runtime = { versions: { electron: '45.5.0', chrome: '144.0.7559.60', node: '24.11.1', v8: '14.4' }, arch: 'x64', osRelease: '6.8.0', locale: 'zh-HK' };

describe('Help ▸ Report a problem', () => {
  const desk = useTemporaryDesk();

  it('copies versions, platform and counts, and not one word of any draft', async () => {
    const handlers = desk.current.handlers;
    const secret = await handlers['drafts:create']({});
    await handlers['drafts:save']({ id: secret.id, content: contentWith({ headline: '線人揭秘密文件', paragraphs: ['Source says the minister knew'] }) });
    const trashed = await handlers['drafts:create']({});
    await handlers['drafts:trash']({ id: trashed.id });

    const report = diagnosticsReport(await collectDiagnostics(handlers, 0, runtime, { state: 'ready', version: '0.2.0' }));
    expect(report).toBe(
      [
        'Copydesk 0 (web)',
        'Electron 45.5.0, Chromium 144.0.7559.60, Node.js 24.11.1, V8 14.4',
        'Platform linux x64, OS 6.8.0, locale zh-HK',
        'Drafts 1, in trash 1, quarantined 0, writes in progress 0',
        'Updates ready (0.2.0 ready)',
        'No article text is included.',
      ].join('\n'),
    );
    expect(report).not.toContain('線人');
    expect(report).not.toContain('minister');
    expect(report).not.toContain(desk.dataDir);
  });
});

describe('the desk as the desktop app serves it', () => {
  const desk = useTemporaryDesk();

  it('answers updates:* from the updater and relabels the menus when the language changes', async () => {
    const languages: (string | undefined)[] = [];
    let restarts = 0;
    const status: UpdateStatus = { state: 'ready', version: '0.2.0' };
    const updates = {
      current: () => status,
      restart: async () => {
        restarts += 1;
        return { restarting: true } as const;
      },
    };
    const handlers = desktopHandlers(desk.current.handlers, updates, (language) => languages.push(language));
    expect(await handlers['updates:status']({})).toEqual({ state: 'ready', version: '0.2.0' });
    expect(await handlers['updates:restart']({})).toEqual({ restarting: true });
    expect(restarts).toBe(1);
    expect(await handlers['settings:set']({ uiLanguage: 'en' })).toMatchObject({ uiLanguage: 'en' });
    expect(languages).toEqual(['en']);
    // The setting itself was saved by the desk, not only passed on.
    expect(await desk.current.handlers['settings:get']({})).toMatchObject({ uiLanguage: 'en' });
  });

  it('web mode has no updater: status unavailable, restart refused with the reason', async () => {
    expect(await desk.current.handlers['updates:status']({})).toEqual({ state: 'unavailable' });
    await expect(desk.current.handlers['updates:restart']({})).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/desktop app/) });
  });
});

describe('the Vite dev server address', () => {
  it('is used in development only: a packaged app ignores VITE_DEV_SERVER_URL', () => {
    expect(devServerUrl({ VITE_DEV_SERVER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
    expect(devServerUrl({ VITE_DEV_SERVER_URL: 'http://evil.example' }, true)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});

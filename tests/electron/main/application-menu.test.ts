import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, type MenuActions } from '../../../electron/main/application-menu';
import { menuLabels, menuLanguage } from '../../../electron/main/menu-labels';
import { sendDeskEvent } from '../../../electron/main/send-desk-event';
import { deskEventChannel } from '../../../shared/desk-api';

function recordingActions() {
  const done: string[] = [];
  const actions: MenuActions = {
    send: (event) => done.push(event),
    importFile: () => done.push('importFile'),
    showAbout: () => done.push('showAbout'),
    openDataFolder: () => done.push('openDataFolder'),
    reportProblem: () => done.push('reportProblem'),
  };
  return { done, actions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function find(template: MenuItemConstructorOptions[], menu: string, label: string): MenuItemConstructorOptions {
  const item = submenu(template.find((entry) => entry.label === menu)).find((entry) => entry.label === label);
  if (!item) throw new Error(`no ${menu} ▸ ${label}`);
  return item;
}

function choose(template: MenuItemConstructorOptions[], menu: string, label: string): void {
  const click = find(template, menu, label).click;
  if (!click) throw new Error(`${menu} ▸ ${label} does nothing`);
  // Electron passes the item, the window and the event; these items use none of them.
  Reflect.apply(click, undefined, []);
}

describe('the application menu', () => {
  const english = menuLabels('en');

  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { actions } = recordingActions();
    const template = applicationMenuTemplate({ isMac: false, isPackaged: true, labels: english, actions });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends each of its commands to the page as the DeskApi event for it', () => {
    const { done, actions } = recordingActions();
    const template = applicationMenuTemplate({ isMac: false, isPackaged: true, labels: english, actions });
    choose(template, 'File', 'New article');
    choose(template, 'File', 'Import…');
    choose(template, 'File', 'Export…');
    choose(template, 'View', 'Preview');
    choose(template, 'View', 'Checklist');
    choose(template, 'View', 'History');
    choose(template, 'Help', 'About Copydesk');
    choose(template, 'Help', 'Open data folder');
    choose(template, 'Help', 'Report a problem');
    expect(done).toEqual(['menu:newArticle', 'importFile', 'menu:export', 'menu:preview', 'menu:checklist', 'menu:history', 'showAbout', 'openDataFolder', 'reportProblem']);
  });

  it('has the shortcuts people expect', () => {
    const { actions } = recordingActions();
    const template = applicationMenuTemplate({ isMac: false, isPackaged: true, labels: english, actions });
    expect(find(template, 'File', 'New article').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'File', 'Close window')).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    expect(submenu(template.find((menu) => menu.label === 'Edit')).map((item) => item.role ?? item.type)).toEqual([
      'undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll',
    ]);
    expect(submenu(template.find((menu) => menu.label === 'View')).map((item) => item.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('speaks Traditional Chinese when the interface does', () => {
    const { done, actions } = recordingActions();
    const template = applicationMenuTemplate({ isMac: false, isPackaged: true, labels: menuLabels('zh-Hant'), actions });
    expect(template.map((menu) => menu.label)).toEqual(['檔案', '編輯', '檢視', '視窗', '說明']);
    choose(template, '檔案', '新增稿件');
    choose(template, '說明', '回報問題');
    expect(done).toEqual(['menu:newArticle', 'reportProblem']);
    expect(find(template, '編輯', '貼上').role).toBe('paste');
  });

  it('follows the chosen interface language, else the system’s', () => {
    expect(menuLanguage('en', 'zh-HK')).toBe('en');
    expect(menuLanguage(undefined, 'zh-HK')).toBe('zh-Hant');
    expect(menuLanguage(undefined, 'en-GB')).toBe('en');
  });

  it('on macOS puts About and Quit in the app menu; developer tools only in development', () => {
    const { actions } = recordingActions();
    const mac = applicationMenuTemplate({ isMac: true, isPackaged: true, labels: english, actions });
    expect(mac.map((menu) => menu.label)).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(mac[0]).map((item) => item.label).filter(Boolean)).toContain('Quit Copydesk');
    const roles = (template: MenuItemConstructorOptions[]) => submenu(template.find((menu) => menu.label === 'View')).map((item) => item.role);
    expect(roles(mac)).not.toContain('toggleDevTools');
    expect(roles(applicationMenuTemplate({ isMac: true, isPackaged: false, labels: english, actions }))).toContain('toggleDevTools');
  });
});

describe('sending a DeskApi event to the page', () => {
  class FakePage {
    sent: unknown[][] = [];
    destroyed = false;
    isDestroyed() {
      return this.destroyed;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }

  it('goes on the one event channel with its checked payload', () => {
    const page = new FakePage();
    expect(sendDeskEvent(page, 'update:ready', { version: '0.2.0' })).toBe(true);
    expect(page.sent).toEqual([[deskEventChannel, 'update:ready', { version: '0.2.0' }]]);
    expect(deskEventChannel).toBe('desk:event');
  });

  it('refuses a payload the contract does not allow', () => {
    expect(() => sendDeskEvent(new FakePage(), 'menu:import', { fileName: '', data: '' })).toThrow(/does not match the DeskApi contract/);
  });

  it('skips a closed window, or none', () => {
    const page = new FakePage();
    page.destroyed = true;
    expect(sendDeskEvent(page, 'menu:preview', {})).toBe(false);
    expect(sendDeskEvent(null, 'menu:preview', {})).toBe(false);
    expect(page.sent).toEqual([]);
  });
});

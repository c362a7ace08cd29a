import type { MenuItemConstructorOptions } from 'electron';
import type { MenuEventName } from '../../shared/desk-api';
import type { MenuLabels } from './menu-labels';

/** What the menu items do; main.ts supplies them, tests supply fakes. */
export interface MenuActions {
  /** Tells the page: the renderer acts on the DeskApi event (new article, preview, …). */
  send(event: MenuEventName): void;
  /** Import…: a native file dialog, then the chosen file goes to the page (menu:import). */
  importFile(): void;
  showAbout(): void;
  openDataFolder(): void;
  reportProblem(): void;
}

export interface ApplicationMenuOptions {
  isMac: boolean;
  /** Developer tools only in development. */
  isPackaged: boolean;
  labels: MenuLabels;
  actions: MenuActions;
}

/**
 * The application menu as a native app has it: File, Edit (standard roles, so copy, paste and
 * undo work in every field), View, Window and Help, plus the app menu on macOS. Every label is
 * given in the interface language (Electron's own role labels would stay English).
 */
export function applicationMenuTemplate({ isMac, isPackaged, labels, actions }: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.newArticle, accelerator: 'CmdOrCtrl+N', click: () => actions.send('menu:newArticle') },
      { label: labels.import, accelerator: 'CmdOrCtrl+O', click: () => actions.importFile() },
      { label: labels.export, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('menu:export') },
      { type: 'separator' },
      { label: labels.closeWindow, role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: labels.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      { type: 'separator' },
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.pasteAndMatchStyle, role: 'pasteAndMatchStyle' },
      { label: labels.delete, role: 'delete' },
      { label: labels.selectAll, role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      { label: labels.preview, accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.send('menu:preview') },
      { label: labels.checklist, accelerator: 'CmdOrCtrl+Shift+K', click: () => actions.send('menu:checklist') },
      { label: labels.history, accelerator: 'CmdOrCtrl+Shift+H', click: () => actions.send('menu:history') },
      { type: 'separator' },
      { label: labels.actualSize, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: labels.fullScreen, role: 'togglefullscreen' },
      ...(isPackaged ? [] : [{ label: labels.developerTools, role: 'toggleDevTools' } as const]),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: labels.window,
    role: 'windowMenu',
    submenu: [
      { label: labels.minimize, role: 'minimize' },
      ...(isMac ? [{ label: labels.zoom, role: 'zoom' } as const, { type: 'separator' } as const, { label: labels.front, role: 'front' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [
      ...(isMac ? [] : [{ label: labels.about, click: () => actions.showAbout() }, { type: 'separator' } as const]),
      { label: labels.openDataFolder, click: () => actions.openDataFolder() },
      { label: labels.reportProblem, click: () => actions.reportProblem() },
    ],
  };
  const template = [file, edit, view, window, help];
  if (isMac) {
    template.unshift({
      label: 'Copydesk',
      submenu: [
        { label: labels.about, click: () => actions.showAbout() },
        { type: 'separator' },
        { label: labels.services, role: 'services' },
        { type: 'separator' },
        { label: labels.hide, role: 'hide' },
        { label: labels.hideOthers, role: 'hideOthers' },
        { label: labels.showAll, role: 'unhide' },
        { type: 'separator' },
        { label: labels.quit, role: 'quit' },
      ],
    });
  }
  return template;
}

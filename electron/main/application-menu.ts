import type { MenuItemConstructorOptions } from 'electron';

/** The standard menus, so copy, paste, undo and the platform's shortcuts work in every field. */
export function applicationMenuTemplate(isMac: boolean, appName: string): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  if (isMac) template.unshift({ label: appName, role: 'appMenu' });
  else template.unshift({ role: 'fileMenu' });
  return template;
}

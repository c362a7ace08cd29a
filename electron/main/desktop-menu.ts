/** Wiring only: the native menus and About panel with Electron's real modules (logic is in the modules it imports). */
import { readFile } from 'node:fs/promises';
import { arch, release } from 'node:os';
import { basename } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, Menu, shell } from 'electron';
import type { Desk } from '../desk/create-desk';
import { aboutPanelOptions } from './about-panel';
import { applicationMenuTemplate } from './application-menu';
import { collectDiagnostics } from './collect-diagnostics';
import { diagnosticsReport } from './diagnostics-report';
import { menuLabels, menuLanguage } from './menu-labels';
import { sendDeskEvent } from './send-desk-event';
import type { UpdateController } from './update-controller';

/** Installs the menus in the interface language; called again when the person changes it. */
export function installDesktopMenu(desk: Desk, updates: UpdateController, mainWindow: () => BrowserWindow | null, chosenLanguage: string | undefined): void {
  const labels = menuLabels(menuLanguage(chosenLanguage, app.getLocale()));
  app.setAboutPanelOptions(aboutPanelOptions(labels, app.getVersion(), process.versions.electron));
  const page = () => BrowserWindow.getFocusedWindow()?.webContents ?? mainWindow()?.webContents ?? null;
  const reportProblem = async () => {
    const runtime = { versions: process.versions, arch: arch(), osRelease: release(), locale: app.getLocale() };
    clipboard.writeText(diagnosticsReport(await collectDiagnostics(desk.handlers, desk.drafts.pendingWrites, runtime, updates.current())));
    await dialog.showMessageBox({ type: 'info', message: labels.diagnosticsCopied, detail: labels.diagnosticsCopiedDetail, buttons: [labels.ok] });
  };
  const importFile = async () => {
    const chosen = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: labels.importFilter, extensions: ['docx', 'json'] }] });
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return;
    sendDeskEvent(page(), 'menu:import', { fileName: basename(path), data: (await readFile(path)).toString('base64') });
  };
  const template = applicationMenuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    labels,
    actions: {
      send: (event) => sendDeskEvent(page(), event, {}),
      importFile: () => void importFile().catch((error: unknown) => console.error('Import from the menu failed', error)),
      showAbout: () => app.showAboutPanel(),
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      reportProblem: () => void reportProblem().catch((error: unknown) => console.error('Report a problem failed', error)),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

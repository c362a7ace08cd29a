// A stand-in for the `electron` module, so a bundle built for the app can be loaded in plain
// Node: every call is recorded (functions shown as "[function]") and printed as JSON at exit.
const calls = [];
const shown = (value) => (typeof value === 'function' ? '[function]' : value);
const record = (name, answer) => (...args) => {
  calls.push([name, ...args.map(shown)]);
  return answer;
};
const exposed = {};

module.exports = {
  app: {
    isPackaged: true,
    setPath: record('app.setPath'),
    getPath: record('app.getPath', '/nowhere'),
    getVersion: record('app.getVersion', '0.0.0'),
    getLocale: record('app.getLocale', 'en'),
    requestSingleInstanceLock: record('app.requestSingleInstanceLock', true),
    on: record('app.on'),
    once: record('app.once'),
    // The app never becomes ready here: only loading the bundle is under test.
    whenReady: () => new Promise(() => {}),
    quit: record('app.quit'),
  },
  protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') },
  ipcMain: { handle: record('ipcMain.handle'), on: record('ipcMain.on') },
  ipcRenderer: { invoke: record('ipcRenderer.invoke', Promise.resolve({ ok: true, value: 'stub' })), on: record('ipcRenderer.on'), off: record('ipcRenderer.off') },
  contextBridge: {
    exposeInMainWorld: (key, api) => {
      exposed[key] = api;
      calls.push(['contextBridge.exposeInMainWorld', key, Object.fromEntries(Object.entries(api).map(([area, value]) => [area, typeof value === 'function' ? '[function]' : Object.keys(value)]))]);
    },
  },
  BrowserWindow: { getAllWindows: () => [], getFocusedWindow: () => null },
  Menu: { setApplicationMenu: record('Menu.setApplicationMenu'), buildFromTemplate: record('Menu.buildFromTemplate') },
  session: {},
  shell: { openExternal: record('shell.openExternal'), openPath: record('shell.openPath') },
  dialog: { showErrorBox: record('dialog.showErrorBox') },
  clipboard: { writeText: record('clipboard.writeText') },
  utilityProcess: { fork: record('utilityProcess.fork') },
  net: {},
};

process.on('exit', () => {
  // The preload's bridge, called as the page would: one DeskApi call goes to ipcRenderer.invoke.
  if (exposed.copydesk) exposed.copydesk.drafts.save({ id: 'd1' });
  process.stdout.write(JSON.stringify(calls));
});

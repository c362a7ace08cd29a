/**
 * The only bridge between the page and the desk: `window.copydesk.<area>.<verb>(request)`, one
 * named function per DeskApi channel; `window.copydeskEvents.subscribe(listener)` for the
 * DeskApi events (menus, updates); and `window.copydeskWindow.onClosing(listener)` for the main
 * process's "the window is closing, write what is pending". ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { deskChannels, deskEventChannel, isDeskEventName, splitChannel } from '../../shared/desk-api';
import { createWindowClosingBridge } from './window-closing-bridge';

type Bridge = Record<string, Record<string, (request: unknown) => Promise<unknown>>>;

const bridge: Bridge = {};
for (const channel of deskChannels) {
  const [area, verb] = splitChannel(channel);
  const functions = (bridge[area] ??= {});
  functions[verb] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

contextBridge.exposeInMainWorld('copydesk', bridge);

contextBridge.exposeInMainWorld('copydeskEvents', {
  /** Calls `listener(name, payload)` for each event the desk sends; returns the unsubscribe. */
  subscribe(listener: (name: string, payload: unknown) => void): () => void {
    // Only the event's name and payload cross: never the IPC event object with its sender.
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (isDeskEventName(name)) listener(name, payload);
    };
    ipcRenderer.on(deskEventChannel, forward);
    return () => ipcRenderer.off(deskEventChannel, forward);
  },
});

contextBridge.exposeInMainWorld('copydeskWindow', createWindowClosingBridge(ipcRenderer));

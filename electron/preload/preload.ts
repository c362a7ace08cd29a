/**
 * The only bridge between the page and the desk: `window.copydesk.<area>.<verb>(request)`, one
 * named function per DeskApi channel. ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { deskChannels, splitChannel } from '../../shared/desk-api';

type Bridge = Record<string, Record<string, (request: unknown) => Promise<unknown>>>;

const bridge: Bridge = {};
for (const channel of deskChannels) {
  const [area, verb] = splitChannel(channel);
  const functions = (bridge[area] ??= {});
  functions[verb] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

contextBridge.exposeInMainWorld('copydesk', bridge);

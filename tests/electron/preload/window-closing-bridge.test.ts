import { describe, expect, it } from 'vitest';
import { createWindowClosingBridge, type IpcRendererLike } from '../../../electron/preload/window-closing-bridge';

class FakeIpcRenderer implements IpcRendererLike {
  readonly sent: { channel: string; payload: unknown }[] = [];
  private readonly listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void {
    this.listeners.set(channel, listener);
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  emit(channel: string, payload: unknown): void {
    this.listeners.get(channel)?.({}, payload);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWindowClosingBridge', () => {
  it('answers window:closing with the same request id once every page listener has written', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createWindowClosingBridge(ipc);
    const order: string[] = [];
    bridge.onClosing(async () => {
      await settle();
      order.push('written');
      return true;
    });
    ipc.emit('window:closing', { requestId: 'r-1' });
    expect(ipc.sent).toEqual([]);
    await settle();
    await settle();
    expect(order).toEqual(['written']);
    expect(ipc.sent).toEqual([{ channel: 'window:readyToClose', payload: { requestId: 'r-1', saved: true } }]);
  });

  it('still answers when a listener fails or throws, saying not everything was saved', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createWindowClosingBridge(ipc);
    bridge.onClosing(async () => false);
    bridge.onClosing(async () => {
      throw new Error('renderer bug');
    });
    ipc.emit('window:closing', { requestId: 'r-2' });
    await settle();
    expect(ipc.sent).toEqual([{ channel: 'window:readyToClose', payload: { requestId: 'r-2', saved: false } }]);
  });

  it('ignores a malformed event and forgets unregistered listeners', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createWindowClosingBridge(ipc);
    let calls = 0;
    const stop = bridge.onClosing(async () => {
      calls += 1;
      return true;
    });
    ipc.emit('window:closing', { requestId: '' });
    await settle();
    expect(ipc.sent).toEqual([]);
    stop();
    ipc.emit('window:closing', { requestId: 'r-3' });
    await settle();
    expect(calls).toBe(0);
    expect(ipc.sent).toEqual([{ channel: 'window:readyToClose', payload: { requestId: 'r-3', saved: true } }]);
  });
});

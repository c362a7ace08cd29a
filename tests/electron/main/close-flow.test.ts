import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseFlow, type ClosingWindowLike, type IpcMainEventsLike, type PreventableEventLike, type ReplyEventLike } from '../../../electron/main/close-flow';

const appFrame = { url: 'app://copydesk/index.html', parent: null };

/** ipcMain's `on` for the page's replies. */
class FakeIpcMain implements IpcMainEventsLike {
  private readonly listeners = new Map<string, (event: ReplyEventLike, payload: unknown) => void>();
  on(channel: string, listener: (event: ReplyEventLike, payload: unknown) => void): void {
    this.listeners.set(channel, listener);
  }
  reply(event: ReplyEventLike, payload: unknown): void {
    this.listeners.get('window:readyToClose')?.(event, payload);
  }
}

/**
 * A BrowserWindow with a page: `close()` emits 'close' (which may be prevented), and closes for
 * real only if nobody prevented it. The page answers `window:closing` as the test tells it.
 */
class FakeWindow implements ClosingWindowLike {
  closed = false;
  readonly asked: { requestId: string }[] = [];
  private readonly closeListeners: ((event: PreventableEventLike) => void)[] = [];
  private readonly closedListeners: (() => void)[] = [];
  readonly webContents = { send: (channel: string, payload: unknown) => this.receive(channel, payload) };
  constructor(private readonly onAsked: (window: FakeWindow, requestId: string) => void = () => {}) {}
  on(_event: 'close', listener: (event: PreventableEventLike) => void): void {
    this.closeListeners.push(listener);
  }
  once(_event: 'closed', listener: () => void): void {
    this.closedListeners.push(listener);
  }
  close(): void {
    let prevented = false;
    for (const listener of this.closeListeners) listener({ preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    for (const listener of this.closedListeners) listener();
  }
  isDestroyed(): boolean {
    return this.closed;
  }
  private receive(channel: string, payload: unknown): void {
    if (channel !== 'window:closing' || typeof payload !== 'object' || payload === null || !('requestId' in payload)) return;
    const requestId = String(payload.requestId);
    this.asked.push({ requestId });
    this.onAsked(this, requestId);
  }
}

describe('createCloseFlow', () => {
  let ipc: FakeIpcMain;
  let disk: string[];
  let events: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    ipc = new FakeIpcMain();
    disk = [];
    events = [];
  });
  afterEach(() => vi.useRealTimers());

  function flow(timeoutMs = 5000) {
    return createCloseFlow({
      ipcMain: ipc,
      isTrustedFrame: (frame) => frame.url.startsWith('app://'),
      flushDesk: async () => {
        events.push('desk flushed');
      },
      closeDesk: async () => {
        events.push('desk closed');
      },
      quit: () => events.push('quit'),
      timeoutMs,
    });
  }

  /** A page that writes its pending text (taking `ms`), then answers. */
  function pageWriting(text: string, ms: number) {
    return (window: FakeWindow, requestId: string) => {
      setTimeout(() => {
        disk.push(text);
        events.push('page answered');
        ipc.reply({ sender: window.webContents, senderFrame: appFrame }, { requestId, saved: true });
      }, ms);
    };
  }

  it('closing the window waits until the page has written its pending text, then closes', async () => {
    const closeFlow = flow();
    const window = new FakeWindow(pageWriting('the last sentence', 300));
    closeFlow.guardWindow(window);
    window.close();
    expect(window.closed).toBe(false);
    expect(window.asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(299);
    expect(window.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk).toEqual(['the last sentence']);
    expect(events).toEqual(['page answered', 'desk flushed']);
    expect(window.closed).toBe(true);
  });

  it('a hung page never blocks closing: the window closes after the timeout', async () => {
    const closeFlow = flow(2000);
    const window = new FakeWindow();
    closeFlow.guardWindow(window);
    window.close();
    await vi.advanceTimersByTimeAsync(1999);
    expect(window.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.closed).toBe(true);
  });

  it('a crashed page that cannot even be asked does not block closing', async () => {
    const closeFlow = flow();
    const window = new FakeWindow();
    window.webContents.send = () => {
      throw new Error('Render frame was disposed');
    };
    closeFlow.guardWindow(window);
    window.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
  });

  it('ignores answers from another page, an untrusted frame or with the wrong request id', async () => {
    const closeFlow = flow(2000);
    const other = new FakeWindow();
    const window = new FakeWindow((self, requestId) => {
      ipc.reply({ sender: other.webContents, senderFrame: appFrame }, { requestId, saved: true });
      ipc.reply({ sender: self.webContents, senderFrame: { url: 'https://evil.example/', parent: null } }, { requestId, saved: true });
      ipc.reply({ sender: self.webContents, senderFrame: appFrame }, { requestId: 'guessed', saved: true });
    });
    closeFlow.guardWindow(window);
    window.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(window.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(window.closed).toBe(true);
  });

  it('quitting saves every window first, then closes the desk, then quits — once', async () => {
    const closeFlow = flow();
    const first = new FakeWindow(pageWriting('first window', 100));
    const second = new FakeWindow(pageWriting('second window', 200));
    closeFlow.guardWindow(first);
    closeFlow.guardWindow(second);
    const quitEvent = { prevented: false, preventDefault() {
      this.prevented = true;
    } };
    closeFlow.beforeQuit(quitEvent);
    closeFlow.beforeQuit({ preventDefault: () => {} });
    expect(quitEvent.prevented).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(disk).toEqual(['first window', 'second window']);
    expect(events.slice(-2)).toEqual(['desk closed', 'quit']);
    expect(events.filter((event) => event === 'quit')).toHaveLength(1);
    // Electron now quits: 'before-quit' again, then each window closes without asking again.
    const again = { prevented: false, preventDefault() {
      this.prevented = true;
    } };
    closeFlow.beforeQuit(again);
    expect(again.prevented).toBe(false);
    first.close();
    second.close();
    expect(first.closed && second.closed).toBe(true);
    expect(first.asked).toHaveLength(1);
  });
});

import { deskChannels, type DeskHandlers } from '../../shared/desk-api';
import { dispatchDeskCall, type DeskLogger } from '../../shared/desk-dispatch';
import { fail } from '../../shared/result';

/** The parts of Electron's IPC this module uses, so it can be tested without Electron. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers one handler per DeskApi channel, all alike: the call must come from the app's own
 * top-level frame, its argument must parse, and the answer is always `{ ok, … }`.
 */
export function registerDeskIpc(
  ipcMain: IpcMainLike,
  handlers: DeskHandlers,
  isTrustedFrame: (frame: SenderFrameLike) => boolean,
  log?: DeskLogger,
): void {
  for (const channel of deskChannels) {
    ipcMain.handle(channel, async (event, request) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedFrame(frame)) {
        return fail('forbidden', 'This window is not allowed to use the desk.');
      }
      return dispatchDeskCall(handlers, channel, request, log);
    });
  }
}

import { deskEventChannel, parseDeskEventPayload, type DeskEventName, type DeskEventPayload } from '../../shared/desk-api';

/** The part of WebContents used to tell the page something, so this tests without Electron. */
export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Sends one DeskApi event to a window's page on the one event channel, its payload checked
 * against the contract first. A closed window, or none, is skipped: there is nobody to tell.
 */
export function sendDeskEvent<E extends DeskEventName>(target: EventTargetLike | null, name: E, payload: DeskEventPayload<E>): boolean {
  if (!target || target.isDestroyed()) return false;
  const parsed = parseDeskEventPayload(name, payload);
  if (!parsed) throw new Error(`The ${name} event's payload does not match the DeskApi contract.`);
  target.send(deskEventChannel, name, parsed);
  return true;
}

import { isDeskEventName, parseDeskEventPayload, type DeskEventName, type DeskEventPayload } from '../../shared/desk-api';

/** What the Electron preload exposes as `window.copydeskEvents` (web mode has none). */
export interface CopydeskEventsBridge {
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    copydeskEvents?: CopydeskEventsBridge;
  }
}

/**
 * Calls `handler` each time the desk sends `name` (a menu item, an update ready), with its payload
 * checked against the contract; anything else is ignored. Returns the unsubscribe.
 */
export function onDeskEvent<E extends DeskEventName>(name: E, handler: (payload: DeskEventPayload<E>) => void): () => void {
  const bridge = window.copydeskEvents;
  if (!bridge) return () => {};
  return bridge.subscribe((received, payload) => {
    if (!isDeskEventName(received) || received !== name) return;
    const parsed = parseDeskEventPayload(name, payload);
    if (parsed) handler(parsed);
  });
}

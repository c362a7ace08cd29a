import { useEffect, useRef } from 'react';
import type { DeskEventName, DeskEventPayload } from '../../shared/desk-api';
import { onDeskEvent } from './desk-events';

/** Runs the latest `handler` whenever the desk sends `name`, while the component is shown. */
export function useDeskEvent<E extends DeskEventName>(name: E, handler: (payload: DeskEventPayload<E>) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onDeskEvent(name, (payload) => latest.current(payload)), [name]);
}

import { useCallback, useRef } from 'react';

export interface PendingWork {
  /** Runs `work` and remembers it until it settles. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once everything tracked so far has settled (failures included). */
  settled(): Promise<void>;
}

/**
 * Changes the desk has been asked for but not yet answered. A view that reads what they change
 * (the trash after a delete) waits for them, so a quick click never shows a list from before.
 */
export function usePendingWork(): PendingWork {
  const pending = useRef(new Set<Promise<unknown>>());
  const track = useCallback(<T,>(work: Promise<T>): Promise<T> => {
    const entry = work.finally(() => pending.current.delete(entry));
    pending.current.add(entry);
    return work;
  }, []);
  const settled = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);
  return { track, settled };
}

import { useEffect, useRef } from 'react';
import { useDesk } from '../api/desk-context';
import { useInvalidateDesk } from '../api/use-desk-query';
import { afterPagePull, beforePagePull, pagePull, pulledChannels, type Pulled } from './page-pull';

/**
 * Asks the desk to fetch the newsroom's newer revisions when the screen opens, whenever the
 * window comes back into focus and, with `everyMs`, on a timer (the desk's own timer leaves
 * drafts open in an editor to the page). `before` runs before any page pull (the article screen
 * writes what is pending, so the merge sees it); `after` gets what changed.
 */
export function usePullOnFocus(options: { before?: () => Promise<void>; after?: (pulled: Pulled) => void; everyMs?: number } = {}): void {
  const desk = useDesk();
  const invalidate = useInvalidateDesk();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const everyMs = options.everyMs;

  useEffect(() => {
    const stopBefore = beforePagePull(async () => latest.current.before?.());
    const stopAfter = afterPagePull((pulled) => latest.current.after?.(pulled));
    const pull = () => void pagePull(desk, () => invalidate(...pulledChannels));
    pull();
    window.addEventListener('focus', pull);
    const timer = everyMs ? setInterval(pull, everyMs) : null;
    return () => {
      window.removeEventListener('focus', pull);
      if (timer) clearInterval(timer);
      stopBefore();
      stopAfter();
    };
  }, [desk, invalidate, everyMs]);
}

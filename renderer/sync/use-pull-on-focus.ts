import { useEffect, useRef } from 'react';
import type { DeskResponse } from '../../shared/desk-api';
import { useDesk } from '../api/desk-context';
import { useInvalidateDesk } from '../api/use-desk-query';

type Pulled = DeskResponse<'sync:pull'>;

/**
 * Asks the desk to fetch the newsroom's newer revisions when the screen opens and whenever the
 * window comes back into focus (the desk also pulls every minute by itself). `before` runs first
 * (the article screen writes what is pending, so the merge sees it); `after` gets what changed.
 */
export function usePullOnFocus(options: { before?: () => Promise<void>; after?: (pulled: Pulled) => void } = {}): void {
  const desk = useDesk();
  const invalidate = useInvalidateDesk();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    let running = false;
    const pull = async () => {
      if (running) return;
      running = true;
      try {
        await latest.current.before?.();
        const result = await desk.call('sync:pull', {});
        if (!result.ok) return;
        await invalidate('sync:list', 'sync:state', 'drafts:list', 'drafts:search');
        latest.current.after?.(result.value);
      } finally {
        running = false;
      }
    };
    const onFocus = () => void pull();
    void pull();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [desk, invalidate]);
}

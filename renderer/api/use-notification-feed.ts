import { useEffect } from 'react';
import type { DeskChannel } from '../../shared/desk-api';
import type { NotificationsNext } from '../../shared/desk-api-review';
import type { Result } from '../../shared/result';
import { useDesk } from './desk-context';
import { useInvalidateDesk } from './use-desk-query';
import { pagePull, pulledChannels } from '../sync/page-pull';

/** What an event from the newsroom may have changed on the screens shown. */
const touched: readonly DeskChannel[] = ['notifications:list', 'review:queue', 'review:open', 'review:revisions', 'photos:queue', ...pulledChannels];
const pollMs = 25_000;

/**
 * Keeps a long poll on the desk's event feed (`notifications:next`) while the person is signed
 * in: each event the newsroom sends (returned, approved, published, photos done…) refreshes the
 * notifications count and the lists at once, instead of at the next timed refetch.
 */
export function useNotificationFeed(enabled: boolean): void {
  const desk = useDesk();
  const invalidate = useInvalidateDesk();
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const loop = async () => {
      let cursor: number | null = null;
      while (!stopped) {
        const answer: Result<NotificationsNext> = await desk.call('notifications:next', { after: cursor, waitMs: cursor === null ? 0 : pollMs });
        if (stopped) return;
        if (!answer.ok) {
          // The desk is busy or restarting: ask again shortly, from where we were.
          await pause(2_000);
          continue;
        }
        if (cursor !== null && answer.value.items.length > 0) {
          // An event may mean a draft here moved (returned, photos added): the page pulls, the
          // open editor writing first, then every list shown refreshes.
          // One refresh of everything an event may have changed, once the pull is in.
          await pagePull(desk, () => invalidate(...touched));
        }
        cursor = answer.value.cursor;
      }
    };
    void loop();
    return () => {
      stopped = true;
    };
  }, [desk, enabled, invalidate]);
}

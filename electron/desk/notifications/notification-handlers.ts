import type { DeskHandlers } from '../../../shared/desk-api';
import type { NotificationFeed } from './notification-feed';

/** `notifications:next`: the page's long poll on the desk's event stream. */
export function notificationHandlers(feed: NotificationFeed): Pick<DeskHandlers, 'notifications:next'> {
  return {
    'notifications:next': ({ after, waitMs }) => feed.next(after, waitMs),
  };
}

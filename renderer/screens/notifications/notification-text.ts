import type { TFunction } from 'i18next';
import type { Notification } from '../../../shared/server-api-review';

const known = ['request_changes', 'approve', 'schedule', 'publish', 'correct', 'unpublish', 'photos_done', 'lock_taken_over', 'needs_photos'] as const;

/** "Lee Ka-yan returned “Ferry fares…”", in the person's language. */
export function notificationText(t: TFunction<'notifications'>, notification: Notification): string {
  const actor = notification.actor ?? t('someone');
  const action = known.find((candidate) => candidate === notification.action);
  return action ? t(`actions.${action}`, { actor, headline: notification.headline }) : t('actions.other', { actor, action: notification.action, headline: notification.headline });
}

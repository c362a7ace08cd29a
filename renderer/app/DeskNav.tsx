import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/workflow';
import { useDeskQuery } from '../api/use-desk-query';

const editors: readonly Role[] = ['chief_editor', 'admin'];
const photoDesk: readonly Role[] = ['photo_editor', 'admin'];

/** The screens the signed-in role has (the server still decides what each may do). */
// The count refreshes at once on each event from the newsroom (useNotificationFeed); the timer is a fallback.
export function DeskNav({ role }: { role: Role | null }) {
  const { t } = useTranslation();
  const notifications = useDeskQuery('notifications:list', { unread: true }, { enabled: role !== null, refetchInterval: 60_000 });
  if (!role) return null;
  const unread = notifications.data?.unread ?? 0;
  return (
    <nav className="desk-nav" aria-label={t('navLabel')}>
      <a href="#/drafts">{t('drafts:title')}</a>
      {editors.includes(role) ? <a href="#/review">{t('review:nav')}</a> : null}
      {photoDesk.includes(role) ? <a href="#/photos">{t('photos:nav')}</a> : null}
      {role === 'admin' ? <a href="#/people">{t('people:nav')}</a> : null}
      <a href="#/notifications">{unread > 0 ? t('notifications:nav', { count: unread }) : t('notifications:navNone')}</a>
    </nav>
  );
}

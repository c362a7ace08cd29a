import { useTranslation } from 'react-i18next';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { newsroomTime } from '../../sync/sync-state-text';
import { notificationText } from './notification-text';
import { useNotificationHref } from './use-notification-href';
import '../review/review.css';

/** What moved in the person's articles, newest first, with the editor's note; unread ones marked. */
export function NotificationsScreen() {
  const { t, i18n } = useTranslation('notifications');
  const list = useDeskQuery('notifications:list', {}, { refetchInterval: 60_000 });
  const markRead = useDeskMutation('notifications:markRead', ['notifications:list']);
  const newest = list.data?.items[0]?.seq;
  const hrefOf = useNotificationHref();
  return (
    <section className="notifications-screen" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('title')}</h1>
      {list.error ? <p role="alert" className="notice notice--error">{errorMessage(t, list.error.body)}</p> : null}
      {list.data && list.data.unread > 0 && newest !== undefined ? (
        <button type="button" className="button" onClick={() => markRead.mutate({ upTo: newest })}>
          {t('markAllRead')}
        </button>
      ) : null}
      {list.data && list.data.items.length === 0 ? <p>{t('empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="notifications-screen__list" aria-label={t('listLabel')}>
          {list.data.items.map((item) => (
            <li key={item.seq} className={`notification-item${item.read ? '' : ' notification-item--unread'}`}>
              <span>
                {item.read ? null : <span className="visually-hidden">{t('unread')}: </span>}
                {hrefOf(item.articleId) ? <a href={hrefOf(item.articleId) ?? undefined}>{notificationText(t, item)}</a> : notificationText(t, item)}
              </span>
              {item.note ? <q>{item.note}</q> : null}
              <span className="review-item__meta">{newsroomTime(item.at, i18n.language)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

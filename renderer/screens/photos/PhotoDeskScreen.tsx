import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { newsroomTime } from '../../sync/sync-state-text';
import '../review/review.css';
import './photos.css';

/** The photo desk's queue: articles whose reporter asked for pictures, oldest request first, with the reporter's note. */
export function PhotoDeskScreen() {
  const { t, i18n } = useTranslation('photos');
  // Reporters flag articles from other desks: asked again every few seconds while the screen is shown.
  const queue = useDeskQuery('photos:queue', {}, { refetchInterval: 5_000 });

  return (
    <section className="photo-desk" aria-labelledby="photo-desk-title">
      <h1 id="photo-desk-title">{t('title')}</h1>
      <p className="photo-desk__intro">{t('intro')}</p>
      {queue.error ? <p role="alert" className="notice notice--error">{queue.error.body.details?.includes('reason:newsroom_sign_in') ? t('signIn') : errorMessage(t, queue.error.body)}</p> : null}
      {!queue.data && !queue.error ? <p>{t('common:loading')}</p> : null}
      {queue.data && queue.data.items.length === 0 ? <p className="photo-desk__empty">{t('empty')}</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
        <ul className="photo-desk__list" aria-label={t('listLabel', { count: queue.data.total })}>
          {queue.data.items.map((item) => (
            <li key={item.id} className="review-item">
              <a href={`#/photos/${item.id}`} className="review-item__headline" lang={item.language}>
                {item.headline || t('common:untitled')}
              </a>
              <span className="review-item__meta">
                {t('requested', { reporter: item.author, time: newsroomTime(item.requestedAt ?? item.updatedAt, i18n.language) })}
              </span>
              {item.requestNote ? (
                <p className="photo-request__note">
                  <span className="photo-request__note-label">{t('noteLabel')}</span> {item.requestNote}
                </p>
              ) : (
                <p className="photo-request__note photo-request__note--none">{t('noNote')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

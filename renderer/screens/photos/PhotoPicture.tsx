import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/use-desk-query';

/** A newsroom image, fetched by the desk with the session (unpublished images are staff-only). */
export function PhotoPicture({ mediaId, alt }: { mediaId: string; alt: string }) {
  const { t } = useTranslation('photos');
  const picture = useDeskQuery('photos:picture', { mediaId, rendition: 'thumb' }, { enabled: mediaId !== '' });
  if (picture.data) return <img className="photo-card__picture" src={picture.data.dataUrl} alt={alt} />;
  return <div className="photo-card__picture photo-card__picture--none">{picture.error || mediaId === '' ? t('noPreview') : t('common:loading')}</div>;
}

import { useTranslation } from 'react-i18next';

/** An image that was not added, shown where it was meant to go, until dismissed or the next import. */
export function ImageError({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useTranslation('article');
  return (
    <div role="alert" className="notice notice--error image-error">
      <span>{message}</span>
      <button type="button" className="icon-button" aria-label={t('dismissImageError')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

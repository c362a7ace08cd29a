import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message';
import type { SaveStatus as Status } from './use-autosave';

/** The save state, announced politely to screen readers. */
export function SaveStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const text =
    status.state === 'failed'
      ? t('save.failed', { reason: errorMessage(t, status.error) })
      : t(`save.${status.state}`);
  return (
    <p role="status" className={`save-status save-status--${status.state}`}>
      {text}
    </p>
  );
}

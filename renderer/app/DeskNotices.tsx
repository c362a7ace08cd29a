import { useTranslation } from 'react-i18next';
import type { DeskErrorBody } from '../../shared/result';
import { errorMessage } from '../i18n/error-message';

/** What went wrong (announced at once) and what just happened (a plain notice), in one place. */
export function DeskNotices({ error, notice }: { error: DeskErrorBody | null; notice?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <p role="alert" className="notice notice--error">
          {errorMessage(t, error)}
        </p>
      ) : null}
      {notice ? <p className="notice">{notice}</p> : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { AttachRow } from './use-photo-attach';

/** One progress bar per chosen file, each named after its file, with what it is doing in words. */
export function PhotoUploadList({ rows }: { rows: readonly AttachRow[] }) {
  const { t } = useTranslation('photos');
  if (rows.length === 0) return null;
  return (
    <ul className="photo-uploads" aria-label={t('uploadsLabel')}>
      {rows.map((row) => {
        const percent = row.state === 'done' ? 100 : row.totalBytes > 0 ? Math.min(100, Math.round((row.sentBytes / row.totalBytes) * 100)) : 0;
        return (
          <li key={row.key} className={`photo-upload photo-upload--${row.state}`}>
            <span className="photo-upload__name">{row.fileName}</span>
            <progress className="photo-upload__bar" aria-label={t('uploadOf', { file: row.fileName })} max={100} value={percent} />
            <span className="photo-upload__state" aria-live="polite">
              {row.state === 'failed' ? t('uploadFailed', { message: row.message ?? '' }) : t(`uploadStates.${row.state}`, { percent })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

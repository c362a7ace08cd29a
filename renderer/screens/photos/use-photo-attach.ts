import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoSet, PhotoTarget, PhotoUpload, UploadedImage } from '../../../shared/desk-api-photos';
import { useDesk } from '../../api/desk-context';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { importImageFile } from '../../media/import-image-file';

/** One chosen file on its way: read into the desk, then uploaded to the newsroom. */
export interface AttachRow {
  key: string;
  fileName: string;
  mediaId: string | null;
  state: 'preparing' | PhotoUpload['state'];
  sentBytes: number;
  totalBytes: number;
  message?: string;
}

/**
 * Attaching photos: each file is read into the desk's intake (IPTC caption and credit), then the
 * desk uploads them one by one; while it does, the screen asks for each file's progress.
 * `onUploaded` gets what went up, to put into the photo set as it is *then* (fields typed during
 * the upload are kept).
 */
export function usePhotoAttach(onUploaded: (target: PhotoTarget, uploaded: UploadedImage[]) => void) {
  const { t } = useTranslation('photos');
  const desk = useDesk();
  const [rows, setRows] = useState<AttachRow[]>([]);
  const [busy, setBusy] = useState(false);
  const attachCall = useDeskMutation('photos:attach');
  const uploading = busy && attachCall.isPending;
  const progress = useDeskQuery('photos:uploads', {}, { enabled: uploading, refetchInterval: () => (uploading ? 250 : false) });

  const live = rows.map((row): AttachRow => {
    const upload = uploading ? progress.data?.items.find((item) => item.mediaId === row.mediaId) : undefined;
    return upload ? { ...row, state: upload.state, sentBytes: upload.sentBytes, totalBytes: upload.totalBytes, ...(upload.message ? { message: upload.message } : {}) } : row;
  });

  async function attach(files: readonly File[], target: PhotoTarget, images: PhotoSet): Promise<void> {
    if (files.length === 0 || busy) return;
    setBusy(true);
    const started: AttachRow[] = files.map((file, index) => ({ key: `${Date.now()}-${index}`, fileName: file.name, mediaId: null, state: 'preparing', sentBytes: 0, totalBytes: file.size }));
    setRows(started);
    try {
      const imported: AttachRow[] = [];
      for (const [index, file] of files.entries()) {
        const row = started[index];
        if (!row) continue;
        const result = await importImageFile(file, desk);
        const next: AttachRow = result.ok ? { ...row, mediaId: result.value.mediaId, state: 'waiting' } : { ...row, state: 'failed', message: errorMessage(t, result.error) };
        imported.push(next);
        setRows((current) => current.map((each) => (each.key === row.key ? next : each)));
      }
      const ready = imported.filter((row) => row.mediaId !== null);
      if (ready.length === 0) return;
      const answer = await attachCall.mutateAsync({ images, target, files: ready.map((row) => ({ mediaId: row.mediaId ?? '', fileName: row.fileName })) });
      setRows((current) =>
        current.map((row) => {
          const upload = answer.uploads.find((item) => item.mediaId === row.mediaId);
          return upload ? { ...row, state: upload.state, sentBytes: upload.sentBytes, totalBytes: upload.totalBytes, ...(upload.message ? { message: upload.message } : {}) } : row;
        }),
      );
      if (answer.uploaded.length > 0) onUploaded(target, answer.uploaded);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setRows((current) => current.map((row) => (row.state === 'done' || row.state === 'failed' ? row : { ...row, state: 'failed', message })));
    } finally {
      setBusy(false);
    }
  }

  return { rows: live, busy, attach };
}

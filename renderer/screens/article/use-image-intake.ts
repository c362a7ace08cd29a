import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import type { Result } from '../../../shared/result';
import { errorMessage } from '../../i18n/error-message';
import { pickImageFile } from './pick-image-file';

/** What the desk's media intake gives back for one file (caption and credit read from IPTC/XMP). */
export interface ImportedImage {
  mediaId: string;
  src: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
  alt?: string;
}
export type ImageImporter = (file: File) => Promise<Result<ImportedImage>>;

export interface ImageIntake {
  available: boolean;
  busy: boolean;
  /** The last refusal, in the reader's language; cleared by the next import. */
  error: string | null;
  /** File picker → desk import → an image with Caption and Credit pre-filled; null if cancelled or refused. */
  pick(): Promise<ImageRef | null>;
  /** Dropped or pasted files, imported one by one, each inserted when ready. */
  importFiles(files: File[], insert: (image: ImageRef) => void): Promise<void>;
}

function imageRefOf(image: ImportedImage): ImageRef {
  return {
    mediaId: image.mediaId,
    src: image.src,
    caption: image.caption ?? '',
    credit: image.credit ?? '',
    alt: image.alt ?? '',
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}

/** Image intake for the article screen; without an importer it reports itself unavailable. */
export function useImageIntake(importer?: ImageImporter): ImageIntake {
  const { t } = useTranslation('article');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const importOne = useCallback(
    async (file: File): Promise<ImageRef | null> => {
      if (!importer) return null;
      setBusy(true);
      setError(null);
      try {
        const result = await importer(file);
        if (result.ok) return imageRefOf(result.value);
        setError(t('imageRefused', { name: file.name, reason: errorMessage(t, result.error) }));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [importer, t],
  );

  const pick = useCallback(async () => {
    const file = await pickImageFile();
    return file ? importOne(file) : null;
  }, [importOne]);

  const importFiles = useCallback(
    async (files: File[], insert: (image: ImageRef) => void) => {
      for (const file of files) {
        const image = await importOne(file);
        if (image) insert(image);
      }
    },
    [importOne],
  );

  return useMemo(() => ({ available: importer !== undefined, busy, error, pick, importFiles }), [importer, busy, error, pick, importFiles]);
}

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import type { Result } from '../../../shared/result';
import { imageRefusalMessage } from '../../media/image-refusal-message';
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

/** Where a refused image was meant to go, so its error shows there: the lead image or the body. */
export type ImageTarget = 'lead' | 'body';
export interface ImageRefusal {
  target: ImageTarget;
  /** In the reader's language, with the file's size and the limit when it was too large. */
  message: string;
}

export interface ImageIntake {
  available: boolean;
  busy: boolean;
  /** The last refusal; cleared by the next import or by dismissing it. */
  error: ImageRefusal | null;
  dismissError(): void;
  /** File picker → desk import → an image with Caption and Credit pre-filled; null if cancelled or refused. */
  pick(target: ImageTarget): Promise<ImageRef | null>;
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
  const { t, i18n } = useTranslation('article');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ImageRefusal | null>(null);
  const dismissError = useCallback(() => setError(null), []);

  const importOne = useCallback(
    async (file: File, target: ImageTarget): Promise<ImageRef | null> => {
      if (!importer) return null;
      setBusy(true);
      setError(null);
      try {
        const result = await importer(file);
        if (result.ok) return imageRefOf(result.value);
        setError({ target, message: imageRefusalMessage(t, i18n.language, file, result.error) });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [importer, t, i18n.language],
  );

  const pick = useCallback(async (target: ImageTarget) => {
    const file = await pickImageFile();
    return file ? importOne(file, target) : null;
  }, [importOne]);

  const importFiles = useCallback(
    async (files: File[], insert: (image: ImageRef) => void) => {
      for (const file of files) {
        // Dropped or pasted files always land in the body.
        const image = await importOne(file, 'body');
        if (image) insert(image);
      }
    },
    [importOne],
  );

  return useMemo(() => ({ available: importer !== undefined, busy, error, dismissError, pick, importFiles }), [importer, busy, error, dismissError, pick, importFiles]);
}

import type { ArticleContent } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import type { ImageBytes, MediaLibrary, StoredImage } from './media-library';

/** An imported file as article content, and how many of its images could not be taken in. */
export interface ImportedContent {
  content: ArticleContent;
  skippedImages: number;
}

/**
 * One image of an imported file into the media library, or null when the desk refuses it (its
 * type, size or damage): the import goes on without it. Disk errors still stop the import.
 */
export async function takeImage(media: MediaLibrary, image: ImageBytes, name: string): Promise<StoredImage | null> {
  try {
    return await media.add(image, name);
  } catch (error) {
    if (error instanceof DeskError && (error.code === 'unsupported_media' || error.code === 'too_large')) return null;
    throw error;
  }
}

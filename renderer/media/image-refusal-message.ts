import type { TFunction } from 'i18next';
import { limits } from '../../shared/limits';
import type { DeskErrorBody } from '../../shared/result';
import { errorMessage } from '../i18n/error-message';

const megabyte = 1024 * 1024;

/**
 * Why an image was not added, in the person's language: a file too large names its size and
 * the limit in MB (numbers written the reader's way); other refusals use the desk's reason.
 */
export function imageRefusalMessage(t: TFunction, language: string, file: { name: string; size: number }, error: DeskErrorBody): string {
  if (error.code === 'too_large') {
    const megabytes = (bytes: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / megabyte);
    if (file.size > limits.imageBytesMax) {
      return t('article:imageTooLarge', { name: file.name, size: megabytes(file.size), max: megabytes(limits.imageBytesMax) });
    }
    return t('article:imageTooManyPixels', { name: file.name, max: new Intl.NumberFormat(language).format(limits.imagePixelsMax / 1_000_000) });
  }
  return t('article:imageRefused', { name: file.name, reason: errorMessage(t, error) });
}

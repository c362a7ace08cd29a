import type { ImportedMedia } from '../../shared/desk-api-media';
import { limits } from '../../shared/limits';
import type { Result } from '../../shared/result';
import { createDeskClient, defaultTransport, type DeskClient } from '../api/desk-client';

/** For `<input type="file" accept=…>`: the types the desk accepts (it checks the bytes regardless). */
export const acceptedImageTypes = 'image/jpeg,image/png,image/webp,image/gif';

/** The file's bytes as base64, read natively (a 30 MB photo never passes through a JS loop). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Sends a picked, dropped or pasted image to the desk's intake (`media:import`) and returns what
 * it made: the mediaId, the `src` to show, renditions, and Caption/Credit read from the file.
 * An oversized file is refused here without being read, with the desk's own error code.
 */
export async function importImageFile(file: File, desk: DeskClient = createDeskClient(defaultTransport())): Promise<Result<ImportedMedia>> {
  if (file.size > limits.imageBytesMax) {
    const size = (file.size / (1024 * 1024)).toFixed(1);
    const max = (limits.imageBytesMax / (1024 * 1024)).toFixed(1);
    return { ok: false, error: { code: 'too_large', message: `“${file.name}” is ${size} MB; images may be at most ${max} MB.` } };
  }
  let dataBase64: string;
  try {
    dataBase64 = await readAsBase64(file);
  } catch {
    return { ok: false, error: { code: 'unsupported_media', message: `“${file.name}” could not be read from the disk.` } };
  }
  if (dataBase64 === '') return { ok: false, error: { code: 'unsupported_media', message: `“${file.name}” is empty.` } };
  return desk.call('media:import', { fileName: file.name, dataBase64 });
}

import { DeskError } from '../../../shared/result';

/** A failed settings save as the person can act on it; the previous settings stay in force. */
export function settingsWriteError(error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DeskError('disk_full', 'The disk is full, so your settings were not changed. Free some space and try again.');
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DeskError('read_only', 'The data folder is read-only, so your settings were not changed. Check the folder’s permissions and try again.');
  }
  return error;
}

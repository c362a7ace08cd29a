import { DeskError } from '../../../shared/result';

/**
 * Turns the file-system failures a person can do something about into DeskErrors with a clear
 * message; anything else is passed through unchanged (it becomes "internal" at the boundary).
 */
export function toDiskError(error: unknown, what: string): unknown {
  if (error instanceof DeskError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DeskError('disk_full', `The disk is full, so ${what} could not be saved. Your text is still in the editor: free some space and it will be saved again.`);
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DeskError('read_only', `The data folder is read-only, so ${what} could not be saved. Your text is still in the editor: check the folder's permissions or free the disk, then try again.`);
  }
  return error;
}

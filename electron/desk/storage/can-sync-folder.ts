/**
 * Whether a folder can be fsynced to make a rename in it durable. Windows cannot open a folder
 * for syncing (EPERM/EISDIR), and NTFS journals the rename itself, so there the step is skipped,
 * as write-file-atomic does; otherwise every save would fail after its rename had succeeded.
 */
export function canSyncFolder(platform: NodeJS.Platform): boolean {
  return platform !== 'win32';
}

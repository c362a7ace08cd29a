/** The image files carried by a paste or a drop (other files and plain text are left alone). */
export function imageFilesIn(transfer: DataTransfer | null): File[] {
  if (!transfer) return [];
  return Array.from(transfer.files).filter((file) => file.type.startsWith('image/'));
}

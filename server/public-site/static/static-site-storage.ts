/**
 * Where the exported public site lives. The folder behind nginx is the default; an
 * S3-compatible bucket in front of a CDN can implement the same methods later. Paths are
 * relative, `/`-separated and already checked by `staticFilePath` (no `..`, no dot files).
 */
export interface StaticSiteStorage {
  /** Replaces the file atomically (a reader sees the old or the new bytes); false when unchanged. */
  write(path: string, bytes: Buffer): Promise<boolean>;
  /** False when there was nothing to remove. */
  remove(path: string): Promise<boolean>;
  read(path: string): Promise<Buffer | null>;
  /** Every file, for the full export's clean-up and for tests. */
  list(): Promise<string[]>;
}

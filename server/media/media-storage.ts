/**
 * Where rendition bytes live. The local folder is the default; an S3-compatible store can
 * implement the same three methods later without touching the routes.
 */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

import { createHash } from 'node:crypto';

/** A strong validator for stored bytes: the same page always gets the same ETag, in any process. */
export function pageEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

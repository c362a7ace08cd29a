import { ServerError } from '../http/server-error';

/** 409 that tells the caller which revision to reload, so no update is silently lost. */
export function staleRevision(currentRevision: number): ServerError {
  return new ServerError(409, 'conflict', `The article has changed since you loaded it (now at revision ${currentRevision}). Reload it, reapply your change and save again.`, {
    currentRevision,
  });
}

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; anything else is refused. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1]) throw new ServerError(400, 'bad_request', 'If-Match must be the article revision you edited, e.g. If-Match: 3.');
  return Number(match[1]);
}

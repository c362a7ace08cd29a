import type { ArticleContent } from '../../../shared/article';
import { withServerMediaIds } from '../outbox/with-server-media-ids';
import type { SyncRecord } from './sync-record';

/** Local media id → server media id, for the images of this draft the newsroom already has. */
export function serverIdsOf(record: SyncRecord, known: ReadonlyMap<string, string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [localId, image] of Object.entries(record.images)) {
    const serverId = image.serverId ?? known.get(image.hash);
    if (serverId !== undefined) map[localId] = serverId;
  }
  return map;
}

/**
 * The newsroom's article in the desk's media ids (images this draft uploaded get their local ids
 * back), so it merges against the draft; images the desk never had keep the newsroom's ids.
 */
export function toLocalTerms(content: ArticleContent, record: SyncRecord, known: ReadonlyMap<string, string>): ArticleContent {
  const back: Record<string, string> = {};
  for (const [localId, serverId] of Object.entries(serverIdsOf(record, known))) back[serverId] ??= localId;
  return withServerMediaIds(content, back);
}

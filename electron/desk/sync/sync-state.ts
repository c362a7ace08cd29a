import type { SyncState } from '../../../shared/desk-api-sync';
import type { ArticleOutboxState } from '../outbox/outbox';
import type { UploadTally } from './upload-tally';
import type { SyncRecord } from './sync-record';

// Codes a server client gives when no answer came at all (rather than an answer saying "later").
const offlineCodes = /offline|unreachable|network|timeout|timed_out|refused|econn/i;

export interface StateInputs {
  record: SyncRecord | undefined;
  outbox: ArticleOutboxState;
  signedIn: boolean;
  conflicts: number;
  progress: UploadTally | null;
}

/** One draft's standing with the newsroom, from the outbox's queue and the draft's sync record. */
export function syncStateOf({ record, outbox, signedIn, conflicts, progress }: StateInputs): SyncState {
  const base = record?.base ?? null;
  const serverId = record?.serverId ?? null;
  if (record?.conflict && serverId !== null && conflicts > 0) {
    return { state: 'conflict', serverId, revision: base?.revision ?? 0, serverRevision: record.conflict.serverRevision, conflicts };
  }
  if (outbox.state === 'stopped') return { state: 'stopped', message: outbox.message, status: outbox.status };
  if (outbox.state === 'signed_out') return { state: 'waiting', next: outbox.next, pending: outbox.pending, reason: 'signed_out', retryAt: null, lastError: null };
  if (outbox.state === 'sending') return { state: 'sending', next: outbox.next, pending: outbox.pending, progress: outbox.next === 'upload' ? progress : null };
  if (outbox.state === 'waiting') {
    const reason = !signedIn ? 'signed_out' : outbox.lastError && offlineCodes.test(outbox.lastError.code) ? 'offline' : 'retrying';
    const retryAt = outbox.retryAt === null ? null : new Date(outbox.retryAt).toISOString();
    return { state: 'waiting', next: outbox.next, pending: outbox.pending, reason, retryAt, lastError: outbox.lastError?.message ?? null };
  }
  if (serverId === null || base === null) return { state: 'local_only' };
  const revision = base.revision;
  const server = record?.server ?? null;
  if (server && server.revision > revision) return { state: 'changed_on_server', serverId, revision, serverRevision: server.revision };
  switch (server?.status) {
    case 'changes_requested':
      return { state: 'returned', serverId, revision, note: server.note };
    case 'approved':
      return { state: 'approved', serverId, revision };
    case 'scheduled':
      return server.publishAt ? { state: 'scheduled', serverId, revision, publishAt: server.publishAt } : { state: 'approved', serverId, revision };
    case 'published':
    case 'corrected':
      return { state: 'published', serverId, revision, publicUrl: server.publicUrl };
    default:
      return { state: 'sent', serverId, revision };
  }
}

import { articleContentSchema, emptyArticleContent } from '../../../shared/article';
import type { ArticleContent } from '../../../shared/article';
import type { MergeView, SyncState } from '../../../shared/desk-api-sync';
import type { MergeChoice } from '../../../shared/merge/merge-types';
import { resolveMerge } from '../../../shared/merge/resolve-merge';
import { DeskError } from '../../../shared/result';
import { mergeOf } from './merge-count';
import { blockText, fieldText } from './merge-text';
import type { SyncEngine } from './sync-engine';
import type { SyncRecord } from './sync-record';

function conflicted(engine: SyncEngine, draftId: string): SyncRecord & { serverId: string; conflict: NonNullable<SyncRecord['conflict']> } {
  const record = engine.records.get(draftId);
  if (!record?.conflict || !record.serverId) throw new DeskError('not_found', 'This draft has nothing to settle with the newsroom.');
  return { ...record, serverId: record.serverId, conflict: record.conflict };
}

async function mergeNow(engine: SyncEngine, record: SyncRecord & { conflict: NonNullable<SyncRecord['conflict']> }) {
  const mine = articleContentSchema.parse(await engine.drafts.get(record.draftId));
  const base = record.base?.content ?? emptyArticleContent(mine.language);
  return { mine, ...mergeOf(base, mine, record.conflict.theirs) };
}

/** Only the blocks and fields changed on both sides, as plain text per side. */
export async function mergeView(engine: SyncEngine, draftId: string): Promise<MergeView> {
  return engine.inOrder(draftId, async () => {
    const record = conflicted(engine, draftId);
    const { merge } = await mergeNow(engine, record);
    const fields = merge.fieldConflicts.map((conflict) => ({
      id: conflict.id,
      field: conflict.field,
      canKeepBoth: conflict.canKeepBoth,
      base: fieldText(merge.base, conflict.field),
      mine: fieldText(merge.mine, conflict.field),
      theirs: fieldText(merge.theirs, conflict.field),
    }));
    const blocks = merge.body.flatMap((segment) =>
      segment.kind === 'conflict' ? [{ id: segment.id, field: 'body', canKeepBoth: true, base: blockText(segment.base), mine: blockText(segment.mine), theirs: blockText(segment.theirs) }] : [],
    );
    return {
      draftId,
      serverId: record.serverId,
      baseRevision: record.base?.revision ?? 0,
      serverRevision: record.conflict.serverRevision,
      theirAuthor: record.conflict.theirAuthor,
      conflicts: [...fields, ...blocks],
      orderConflict: merge.orderConflict,
    };
  });
}

/**
 * The newsroom may have moved again since the person looked: then the settled text would be
 * merged against a stale revision, so it is refused and the view is refreshed.
 */
async function refuseIfMoved(engine: SyncEngine, record: SyncRecord & { serverId: string; conflict: NonNullable<SyncRecord['conflict']> }, seen: number): Promise<void> {
  const moved = 'The newsroom has a newer version of this article than the one you compared. Look at the differences again, then choose.';
  if (seen !== record.conflict.serverRevision) throw new DeskError('conflict', moved);
  const latest = await engine.fetchArticle(record.serverId);
  if (!latest || latest.revision <= record.conflict.serverRevision) return;
  const theirs = engine.inLocalTerms(latest, record);
  await engine.records.put({ ...record, conflict: { ...record.conflict, serverRevision: latest.revision, theirs }, server: engine.serverSide(latest, latest.revision, latest.status) });
  throw new DeskError('conflict', moved);
}

/** Applies the person's choices, saves the draft, moves the base to the newsroom's revision, sends. */
export async function resolve(engine: SyncEngine, draftId: string, serverRevision: number, choices: Readonly<Record<string, MergeChoice>>): Promise<{ content: ArticleContent; state: SyncState }> {
  const content = await engine.inOrder(draftId, async () => {
    const record = conflicted(engine, draftId);
    await refuseIfMoved(engine, record, serverRevision);
    const { merge, mine } = await mergeNow(engine, record);
    const settled = resolveMerge(merge, choices);
    if (!settled.ok) throw new DeskError('bad_request', `Choose mine, theirs or both for every difference first (${settled.unsettled.length} left).`, settled.unsettled);
    await engine.adopt(record, record.conflict.serverRevision, record.conflict.theirs, settled.content, mine);
    return settled.content;
  });
  return { content, state: await engine.state(draftId) };
}

/** "Save mine as a copy": a new local draft with the person's text; the original follows the newsroom. */
export async function saveCopy(engine: SyncEngine, draftId: string): Promise<{ draftId: string }> {
  return engine.inOrder(draftId, async () => {
    const mine = articleContentSchema.parse(await engine.drafts.get(draftId));
    const copy = await engine.drafts.create(mine.language);
    await engine.drafts.save(copy.id, mine, true);
    const record = engine.records.get(draftId);
    if (record?.conflict && record.serverId) {
      const { theirs, serverRevision } = record.conflict;
      await engine.adopt(record, serverRevision, theirs, theirs, mine, false);
    }
    return { draftId: copy.id };
  });
}

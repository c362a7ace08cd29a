import type { EditingLockView } from '../../../shared/desk-api-sync';
import { lockStateResponseSchema } from '../../../shared/server-api';
import type { LockHolder } from '../../../shared/server-api';
import { EditingLock } from '../editing-lock/editing-lock';
import type { EditingLockState } from '../editing-lock/editing-lock';
import type { OutboxClock } from '../outbox/outbox-clock';
import type { SyncConnection } from './sync-transport';

interface OpenLock {
  lock: EditingLock;
  /** Who took it over, once known (asked of the newsroom when the lock was lost). */
  lostTo: LockHolder | null;
  learning: Promise<void> | null;
}

/**
 * The soft locks of the drafts open for editing that are on the newsroom. Losing one to a takeover
 * loses no text: the draft stays as it is, and its next send meets the other person's revision
 * (409) and becomes a merge.
 */
export class SyncLocks {
  private readonly open = new Map<string, OpenLock>();
  private readonly connection: SyncConnection;
  private readonly clock: OutboxClock | undefined;

  constructor(connection: SyncConnection, clock?: OutboxClock) {
    this.connection = connection;
    this.clock = clock;
  }

  async lock(draftId: string, serverId: string | null, takeOver: boolean): Promise<EditingLockView> {
    if (serverId === null) return { state: 'none' };
    let entry = this.open.get(draftId);
    if (entry && entry.lock.state.state === 'held' && !takeOver) return this.view(entry);
    if (!entry || entry.lock.state.state === 'lost' || entry.lock.state.state === 'released') {
      await entry?.lock.close().catch(() => {});
      const lock = new EditingLock(this.connection.transport, serverId, this.clock);
      const created: OpenLock = { lock, lostTo: null, learning: null };
      lock.onChange((state) => {
        if (state.state === 'lost') created.learning = this.learnWhoTookOver(serverId, created).catch(() => {});
      });
      entry = created;
      this.open.set(draftId, entry);
    }
    await (takeOver ? entry.lock.takeOver() : entry.lock.open());
    return this.view(entry);
  }

  /** Whether an editor on this desk has the draft open (it asked for the lock and has not let go). */
  isOpen(draftId: string): boolean {
    return this.open.has(draftId);
  }

  async lockState(draftId: string): Promise<EditingLockView> {
    const entry = this.open.get(draftId);
    if (!entry) return { state: 'none' };
    await entry.learning;
    return this.view(entry);
  }

  async unlock(draftId: string): Promise<EditingLockView> {
    const entry = this.open.get(draftId);
    this.open.delete(draftId);
    await entry?.lock.close().catch(() => {});
    return { state: 'none' };
  }

  async close(): Promise<void> {
    const entries = [...this.open.values()];
    this.open.clear();
    await Promise.all(entries.map((entry) => entry.lock.close().catch(() => {})));
  }

  private async learnWhoTookOver(serverId: string, entry: OpenLock): Promise<void> {
    const result = await this.connection.transport.call('articles:lock', { params: { id: serverId }, headers: {} });
    const answer = result.ok ? lockStateResponseSchema.safeParse(result.value) : null;
    const lock = answer?.success ? answer.data.lock : null;
    if (lock && !lock.mine) entry.lostTo = lock.holder;
  }

  private view(entry: OpenLock): EditingLockView {
    return viewOf(entry.lock.state, entry.lostTo);
  }
}

function viewOf(state: EditingLockState, lostTo: LockHolder | null): EditingLockView {
  switch (state.state) {
    case 'held':
      return { state: 'held', lock: state.lock, tookOverFrom: state.tookOverFrom };
    case 'held_by_other':
      return { state: 'held_by_other', lock: state.lock };
    case 'lost':
      return { state: 'lost', by: lostTo };
    case 'unavailable':
      return { state: 'unavailable', message: state.error.message };
    default:
      return { state: 'none' };
  }
}

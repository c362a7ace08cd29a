import type { LockRoute } from '../editing-lock/editing-lock';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';
import type { OutboxRoute } from '../outbox/outbox-transport';

/** The server routes the sync engine uses: the outbox's, the pull's, the soft lock's. */
export type SyncRoute = OutboxRoute | LockRoute | 'articles:list' | 'articles:lock' | 'articles:history';

/** The sync engine takes the desk's one newsroom connection. */
export type SyncConnection = NewsroomConnection;

export { signedOutConnection } from '../newsroom/newsroom-connection';

import type { NewsroomTransport } from '../outbox/outbox-transport';
import type { OutboxRoute } from '../outbox/outbox-transport';
import type { LockRoute } from '../editing-lock/editing-lock';

/** The server routes the sync engine uses: the outbox's, the pull's, the soft lock's. */
export type SyncRoute = OutboxRoute | LockRoute | 'articles:list' | 'articles:lock' | 'articles:history';

/**
 * The desk's connection to the newsroom as the sync engine sees it: one server client, and
 * whether someone is signed in (the NewsroomSession fits behind this).
 */
export interface SyncConnection {
  transport: NewsroomTransport<SyncRoute>;
  signedIn(): boolean;
  /** Called when the person signs in or out (or the newsroom address changes). */
  onChange(listener: () => void): () => void;
}

/** No newsroom configured or nobody signed in yet: every call asks for a sign-in. */
export const signedOutConnection: SyncConnection = {
  transport: { call: async () => ({ ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Sign in to the newsroom to send and receive articles.' } }) },
  signedIn: () => false,
  onChange: () => () => {},
};

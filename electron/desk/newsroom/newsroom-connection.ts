import type { ServerRouteName, SessionUser } from '../../../shared/server-api';
import type { NewsroomTransport } from '../outbox/outbox-transport';

/**
 * The desk's connection to the newsroom as its services see it: one server client (every route
 * of the shared contract), who is signed in, and a way to hear of sign-in and sign-out. The
 * NewsroomSession (`newsroom-session.ts`) is the real one; tests put a plain HTTP transport here.
 */
export interface NewsroomConnection {
  transport: NewsroomTransport<ServerRouteName>;
  signedIn(): boolean;
  /** The signed-in person (their role picks the home screen), or null. */
  user(): SessionUser | null;
  /** The server's address and the session token while signed in: for the event stream, which is not a request/response call. */
  endpoint(): { baseUrl: string; token: string } | null;
  /** Called when the person signs in or out (or the newsroom address changes). */
  onChange(listener: () => void): () => void;
}

/** No newsroom configured or nobody signed in yet: every call asks for a sign-in. */
export const signedOutConnection: NewsroomConnection = {
  transport: { call: async () => ({ ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Sign in to the newsroom to send and receive articles.' } }) },
  signedIn: () => false,
  user: () => null,
  endpoint: () => null,
  onChange: () => () => {},
};

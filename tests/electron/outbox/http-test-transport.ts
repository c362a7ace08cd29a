/**
 * The desk's real newsroom client (electron/desk/newsroom/newsroom-client.ts) pointed at a test
 * server with a fixed token, for tests that run the outbox and the sync engine against a real
 * server: every request they make goes through the client's contract checks and failure sorting.
 */
import type { NewsroomConnection } from '../../../electron/desk/newsroom/newsroom-connection';
import { createNewsroomClient } from '../../../electron/desk/newsroom/newsroom-client';
import type { NewsroomTransport } from '../../../electron/desk/outbox/outbox-transport';
import type { ServerRouteName } from '../../../shared/server-api';

/** `token` may be a function: a sign-in during the test changes what later requests send. */
export function httpTestTransport(baseUrl: string, token: string | (() => string), timeoutMs = 10_000): NewsroomTransport<ServerRouteName> {
  return createNewsroomClient({ baseUrl: () => baseUrl, token: typeof token === 'string' ? () => token : token, timeoutMs, uploadTimeoutMs: timeoutMs });
}

/** A connection that is always signed in (or as `signedIn` says), over the given transport. */
export function testConnection(transport: NewsroomTransport<ServerRouteName>, signedIn: () => boolean = () => true): NewsroomConnection {
  return { transport, signedIn, user: () => null, endpoint: () => null, onChange: () => () => {} };
}

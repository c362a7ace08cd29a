import type { ServerRouteName } from '../../../shared/server-api';

/**
 * What the outbox needs from the newsroom server client, and nothing more: one call per route,
 * with every failure already sorted into what the outbox does about it. The desk's server client
 * (`electron/desk/newsroom/`) fits behind this with one adapter.
 */
export type OutboxRoute = Extract<ServerRouteName, 'media:upload' | 'articles:create' | 'articles:update' | 'articles:transition' | 'articles:get'>;

/** Bytes of the upload's file sent so far, of its total. */
export type UploadProgress = (sentBytes: number, totalBytes: number) => void;

export interface OutboxRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** `media:upload`: the image file on disk, the form fields sent with it, and who wants progress. */
  upload?: { file: string; fields: Record<string, string>; onProgress?: UploadProgress };
  headers: { idempotencyKey?: string; ifMatch?: number };
}

/**
 * - `retryable`: unreachable, timed out, 5xx, 429 — try again later (after `retryAfterMs` if the
 *   server said so).
 * - `needs_sign_in`: 401 — nothing will work until the person signs in again.
 * - `refused`: 400/403/404/409/412/422 — a person must act; the server's words are in `message`.
 */
export type TransportError =
  | { kind: 'retryable'; code: string; message: string; retryAfterMs?: number }
  | { kind: 'needs_sign_in'; code: string; message: string }
  | { kind: 'refused'; status: number; code: string; message: string; currentRevision?: number };

export type TransportResult = { ok: true; value: unknown } | { ok: false; error: TransportError };

/** A server client narrowed to the routes one desk service uses. */
export interface NewsroomTransport<Route extends ServerRouteName> {
  /** Never throws: every failure comes back as a classified `TransportError`. */
  call(route: Route, request: OutboxRequest): Promise<TransportResult>;
}

export type OutboxTransport = NewsroomTransport<OutboxRoute>;

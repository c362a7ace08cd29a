import { serverErrorSchema } from '../../../shared/server-api';
import type { TransportError } from '../outbox/outbox-transport';

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * What the desk does about a refusal: 401 → sign in again; unreachable-like answers (5xx, 429,
 * a 409 with Retry-After, which is an idempotent request still running) → try later; the rest →
 * a person must act, with the server's own words. An answer that is not the server's error shape
 * (a proxy's page, another program on that port) keeps its status and a plain sentence.
 */
export function classifyRefusal(status: number, headers: Headers, json: unknown): TransportError {
  const parsed = serverErrorSchema.safeParse(json);
  const code = parsed.success ? parsed.data.error.code : `http_${status}`;
  const message = parsed.success ? parsed.data.error.message : `The newsroom answered ${status} without saying why.`;
  const wait = retryAfterMs(headers.get('retry-after'));
  if (status === 401) return { kind: 'needs_sign_in', code, message };
  if (status >= 500 || status === 429 || (status === 409 && wait !== undefined) || status === 408) {
    return { kind: 'retryable', code, message, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  const currentRevision = parsed.success ? parsed.data.error.currentRevision : undefined;
  return { kind: 'refused', status, code, message, ...(currentRevision !== undefined ? { currentRevision } : {}) };
}

/** A failure before any answer: the network, the address, or our own time limit. */
export function classifyFailure(error: unknown, timedOut: boolean): TransportError {
  if (timedOut) return { kind: 'retryable', code: 'timeout', message: 'The newsroom did not answer in time.' };
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'retryable', code: 'unreachable', message: 'The newsroom address could not be found (check the address, or the network).' };
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'UND_ERR_SOCKET') {
    return { kind: 'retryable', code: 'offline', message: 'The newsroom cannot be reached right now.' };
  }
  return { kind: 'retryable', code: 'offline', message: error instanceof Error ? error.message : 'The newsroom cannot be reached right now.' };
}

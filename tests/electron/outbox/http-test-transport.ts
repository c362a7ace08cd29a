/**
 * A plain-fetch stand-in for the desk's newsroom client, classifying failures the same way
 * (network/timeout/5xx/429 retryable, 401 needs sign-in, the rest refused), for tests that run
 * the outbox against a real server.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { NewsroomConnection } from '../../../electron/desk/newsroom/newsroom-connection';
import type { NewsroomTransport, OutboxRequest, TransportResult } from '../../../electron/desk/outbox/outbox-transport';
import type { ServerRouteName } from '../../../shared/server-api';
import { serverErrorSchema, serverRoutes } from '../../../shared/server-api';

async function body(request: OutboxRequest): Promise<{ body?: BodyInit; headers: Record<string, string> }> {
  if (request.upload) {
    const form = new FormData();
    for (const [name, value] of Object.entries(request.upload.fields)) form.set(name, value);
    form.set('file', new Blob([await readFile(request.upload.file)], { type: 'image/jpeg' }), basename(request.upload.file));
    return { body: form, headers: {} };
  }
  if (request.body === undefined) return { headers: {} };
  return { body: JSON.stringify(request.body), headers: { 'content-type': 'application/json' } };
}

/** `token` may be a function: a sign-in during the test changes what later requests send. */
export function httpTestTransport(baseUrl: string, token: string | (() => string), timeoutMs = 10_000): NewsroomTransport<ServerRouteName> {
  return {
    async call(route: ServerRouteName, request: OutboxRequest): Promise<TransportResult> {
      const definition = serverRoutes[route];
      const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
      const path = definition.url.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(request.params?.[name] ?? '')) + query;
      const payload = await body(request);
      const headers: Record<string, string> = { authorization: `Bearer ${typeof token === 'string' ? token : token()}`, ...payload.headers };
      if (request.headers.idempotencyKey) headers['idempotency-key'] = request.headers.idempotencyKey;
      if (request.headers.ifMatch !== undefined) headers['if-match'] = `"${request.headers.ifMatch}"`;
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, { method: definition.method, headers, ...(payload.body !== undefined ? { body: payload.body } : {}), signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        return { ok: false, error: { kind: 'retryable', code: 'offline', message: error instanceof Error ? error.message : String(error) } };
      }
      const text = await response.text();
      const json = parse(text);
      if (response.ok) return { ok: true, value: json };
      const retryAfter = response.headers.get('retry-after');
      const retryAfterMs = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
      const failure = serverErrorSchema.safeParse(json);
      const code = failure.success ? failure.data.error.code : `http_${response.status}`;
      const message = failure.success ? failure.data.error.message : `The newsroom answered ${response.status}.`;
      if (response.status === 401) return { ok: false, error: { kind: 'needs_sign_in', code, message } };
      if (response.status >= 500 || response.status === 429 || (response.status === 409 && retryAfterMs !== undefined)) {
        return { ok: false, error: { kind: 'retryable', code, message, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) } };
      }
      const currentRevision = failure.success ? failure.data.error.currentRevision : undefined;
      return { ok: false, error: { kind: 'refused', status: response.status, code, message, ...(currentRevision !== undefined ? { currentRevision } : {}) } };
    },
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A connection that is always signed in (or as `signedIn` says), over the given transport. */
export function testConnection(transport: NewsroomTransport<ServerRouteName>, signedIn: () => boolean = () => true): NewsroomConnection {
  return { transport, signedIn, user: () => null, endpoint: () => null, onChange: () => () => {} };
}

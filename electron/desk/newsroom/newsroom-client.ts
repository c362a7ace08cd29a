/**
 * The desk's one client for the newsroom server. Every request is built from the shared route
 * table (method, URL, params, query, body schema) and every answer is parsed with the route's
 * response schema; every failure comes back sorted into what the caller does about it (see
 * TransportError). A route added to the table needs nothing here.
 */
import { extname } from 'node:path';
import type { z } from 'zod';
import { describeZodError } from '../../../shared/result';
import { serverRoutes, type ServerRouteName } from '../../../shared/server-api';
import type { NewsroomTransport, OutboxRequest, TransportResult } from '../outbox/outbox-transport';
import { classifyFailure, classifyRefusal } from './classify-answer';
import { multipartUpload } from './multipart-upload';

export interface NewsroomClientOptions {
  /** The server's address (http or https). */
  baseUrl: () => string | null;
  /** The session token, when signed in. */
  token: () => string | null;
  /** How long one request may take before it counts as unreachable (uploads get longer). */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  fetch?: typeof fetch;
}

type Definition = { method: string; url: string; params?: z.ZodType; query?: z.ZodType; body?: z.ZodType; response: z.ZodType | null };

function requestUrl(base: string, definition: Definition, request: OutboxRequest): string {
  const path = definition.url.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(request.params?.[name] ?? ''));
  // Relative to the base (a newsroom may live under a path, https://example.hk/newsroom/).
  const url = new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  return url.href;
}

const imageTypes: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.heic': 'image/heic', '.avif': 'image/avif' };

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The desk's own mistake (a request the table's schema refuses): never sent, never retried. */
function invalidRequest(route: ServerRouteName, part: string, error: z.ZodError): TransportResult {
  return { ok: false, error: { kind: 'refused', status: 400, code: 'bad_request', message: `The desk built a ${route} request whose ${part} does not fit the contract: ${describeZodError(error).join('; ')}` } };
}

export function createNewsroomClient(options: NewsroomClientOptions): NewsroomTransport<ServerRouteName> {
  const fetchImpl = options.fetch ?? fetch;
  return {
    async call(route, request) {
      const definition: Definition = serverRoutes[route];
      const base = options.baseUrl();
      if (!base) return { ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Choose a newsroom and sign in first.' } };
      for (const [part, schema, value] of [['params', definition.params, request.params], ['query', definition.query, request.query]] as const) {
        const checked = schema?.safeParse(value ?? {});
        if (checked && !checked.success) return invalidRequest(route, part, checked.error);
      }
      const headers = new Headers({ accept: 'application/json' });
      const token = options.token();
      if (token) headers.set('authorization', `Bearer ${token}`);
      if (request.headers.idempotencyKey) headers.set('idempotency-key', request.headers.idempotencyKey);
      if (request.headers.ifMatch !== undefined) headers.set('if-match', `"${request.headers.ifMatch}"`);
      let body: BodyInit | undefined;
      if (request.upload) {
        const upload = await multipartUpload(request.upload.file, request.upload.fields, imageTypes[extname(request.upload.file).toLowerCase()] ?? 'application/octet-stream', request.upload.onProgress).catch(() => null);
        if (!upload) return { ok: false, error: { kind: 'refused', status: 400, code: 'not_found', message: 'The image file to upload is missing from the desk.' } };
        headers.set('content-type', upload.contentType);
        body = upload.body;
      } else if (definition.body) {
        const checked = definition.body.safeParse(request.body ?? {});
        if (!checked.success) return invalidRequest(route, 'body', checked.error);
        headers.set('content-type', 'application/json');
        body = JSON.stringify(request.body ?? {});
      }
      const limit = AbortSignal.timeout(request.upload ? (options.uploadTimeoutMs ?? 300_000) : (options.timeoutMs ?? 20_000));
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(requestUrl(base, definition, request), {
          method: definition.method,
          headers,
          ...(body !== undefined ? { body, duplex: 'half' } : {}),
          signal: limit,
          redirect: 'error',
        });
        text = await response.text();
      } catch (error) {
        return { ok: false, error: classifyFailure(error, limit.aborted) };
      }
      const json = parseJson(text);
      if (!response.ok) return { ok: false, error: classifyRefusal(response.status, response.headers, json) };
      if (!definition.response) return { ok: true, value: json };
      const parsed = definition.response.safeParse(json);
      // Not what a Copydesk newsroom answers (garbage, another program, a captive portal): nothing
      // is taken from it, and the job waits to try again rather than being dropped.
      if (!parsed.success) return { ok: false, error: { kind: 'retryable', code: 'bad_response', message: `The newsroom's answer to ${route} was not understood.` } };
      return { ok: true, value: parsed.data };
    },
  };
}

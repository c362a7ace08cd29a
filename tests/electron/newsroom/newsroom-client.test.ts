import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNewsroomClient } from '../../../electron/desk/newsroom/newsroom-client';
import { serverRoutes, type RouteDefinition, type ServerRouteName } from '../../../shared/server-api';
import { readyContent } from '../../server/helpers/article-fixtures';
import { startNewsroom, type Newsroom } from '../sync/sync-helpers';

/** A fetch that records what the client sent and answers with `answer`. */
function recordingFetch(answer: () => Response) {
  const sent: { method: string; url: string; headers: Headers; body: string | null }[] = [];
  const fetchLike: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : null;
    sent.push({ method: init?.method ?? 'GET', url: String(input), headers: new Headers(init?.headers), body });
    return answer();
  };
  return { sent, fetchLike };
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });
const routeNames = Object.keys(serverRoutes) as ServerRouteName[];

describe('the newsroom client builds every request from the route table', () => {
  it.each(routeNames.filter((name) => name !== 'media:upload'))('%s: method, address with params encoded, and an off-contract answer refused (or, for input the table refuses, nothing sent)', async (name) => {
    const definition: RouteDefinition = serverRoutes[name];
    const { sent, fetchLike } = recordingFetch(() => json(definition.status === 204 ? 200 : definition.status, { surprise: true }));
    const client = createNewsroomClient({ baseUrl: () => 'http://newsroom.test/base/', token: () => 'tok', fetch: fetchLike });
    // Params with characters that must be escaped; a valid number where the route wants one.
    const params = Object.fromEntries([...definition.url.matchAll(/:(\w+)/g)].map(([, param]) => [param ?? '', param === 'revision' ? '3' : param === 'rendition' ? 'thumb' : 'a b/ç']));
    const result = await client.call(name, { params, headers: {} });
    const fits = [definition.params?.safeParse(params), definition.query?.safeParse({}), definition.body?.safeParse({})].every((check) => check?.success !== false);
    if (!fits) {
      // What the table's schemas refuse is never sent.
      expect(sent).toHaveLength(0);
      expect(result).toMatchObject({ ok: false, error: { kind: 'refused', code: 'bad_request' } });
      return;
    }
    expect(sent).toHaveLength(1);
    const request = sent[0];
    expect(request?.method).toBe(definition.method);
    const path = definition.url.replace(/:(\w+)/g, (_match, param: string) => encodeURIComponent(params[param] ?? ''));
    expect(new URL(request?.url ?? '').pathname).toBe(`/base${path}`);
    expect(request?.headers.get('authorization')).toBe('Bearer tok');
    if (definition.response === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { kind: 'retryable', code: 'bad_response' } });
  });

  it('never sends a request whose body does not fit the table (the desk’s own bug), and says which field', async () => {
    const { sent, fetchLike } = recordingFetch(() => json(200, {}));
    const client = createNewsroomClient({ baseUrl: () => 'http://newsroom.test', token: () => 'tok', fetch: fetchLike });
    const result = await client.call('articles:transition', { params: { id: 'a1' }, body: { action: 'fly' }, headers: {} });
    expect(sent).toHaveLength(0);
    expect(result).toMatchObject({ ok: false, error: { kind: 'refused', code: 'bad_request' } });
    expect(!result.ok && result.error.message).toMatch(/action/);
  });

  it('sorts refusals: 401 sign in again, 409 with the current revision, 429 and 503 later, a proxy page plainly', async () => {
    const cases: [Response, object][] = [
      [json(401, { error: { code: 'unauthorized', message: 'Session ended.' } }), { kind: 'needs_sign_in', message: 'Session ended.' }],
      [json(409, { error: { code: 'conflict', message: 'Changed since.', currentRevision: 7 } }), { kind: 'refused', status: 409, currentRevision: 7, message: 'Changed since.' }],
      [json(429, { error: { code: 'rate_limited', message: 'Slow down.' } }, { 'retry-after': '3' }), { kind: 'retryable', code: 'rate_limited', retryAfterMs: 3000 }],
      [json(503, { error: { code: 'internal', message: 'Down.' } }), { kind: 'retryable', code: 'internal' }],
      [new Response('<html>Bad gateway</html>', { status: 502 }), { kind: 'retryable', code: 'http_502' }],
      [new Response('<html>Forbidden</html>', { status: 403 }), { kind: 'refused', status: 403, code: 'http_403', message: 'The newsroom answered 403 without saying why.' }],
    ];
    for (const [answer, expected] of cases) {
      const client = createNewsroomClient({ baseUrl: () => 'http://newsroom.test', token: () => 'tok', fetch: async () => answer });
      expect(await client.call('articles:get', { params: { id: 'a1' }, headers: {} })).toMatchObject({ ok: false, error: expected });
    }
  });
});

describe('the newsroom client on the network', () => {
  let newsroom: Newsroom;
  let stalled: Server;
  let stalledUrl = '';
  beforeAll(async () => {
    newsroom = await startNewsroom();
    stalled = createServer(() => {
      // Takes the request and never answers.
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const address = stalled.address();
    stalledUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    stalled.closeAllConnections();
    await new Promise((resolve) => stalled.close(resolve));
    await newsroom?.close();
  });
  afterEach(() => stalled.closeAllConnections());

  it('talks to the real server: creates, reads with the answer parsed, and lists with a query', async () => {
    const client = createNewsroomClient({ baseUrl: () => newsroom.baseUrl, token: () => newsroom.reporter });
    const created = await client.call('articles:create', { body: { content: readyContent() }, headers: { idempotencyKey: 'k-client-1' } });
    expect(created.ok).toBe(true);
    const id = created.ok && typeof created.value === 'object' && created.value !== null && 'id' in created.value ? String(created.value.id) : '';
    const read = await client.call('articles:get', { params: { id }, headers: {} });
    expect(read).toMatchObject({ ok: true, value: { id, status: 'draft' } });
    const listed = await client.call('articles:list', { query: { author: 'me', limit: '5' }, headers: {} });
    expect(listed).toMatchObject({ ok: true, value: { items: [{ id }] } });
  });

  it('a stalled server costs one timeout, sorted as “try later”; a closed port is “offline”', async () => {
    const slow = createNewsroomClient({ baseUrl: () => stalledUrl, token: () => 't', timeoutMs: 200 });
    expect(await slow.call('articles:get', { params: { id: 'a1' }, headers: {} })).toMatchObject({ ok: false, error: { kind: 'retryable', code: 'timeout' } });
    const closed = createNewsroomClient({ baseUrl: () => 'http://127.0.0.1:9', token: () => 't', timeoutMs: 2000 });
    expect(await closed.call('articles:get', { params: { id: 'a1' }, headers: {} })).toMatchObject({ ok: false, error: { kind: 'retryable', code: 'offline' } });
  });
});

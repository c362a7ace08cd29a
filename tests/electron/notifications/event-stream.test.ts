/**
 * The desk's end of the newsroom's event stream against the real server: events arrive as they
 * happen; a dropped connection, a desk offline for a while, a restart and an expired token each
 * end with every missed event taken in once, in order.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventCursor } from '../../../electron/desk/notifications/event-cursor';
import { EventStream } from '../../../electron/desk/notifications/event-stream';
import { NewsroomSession } from '../../../electron/desk/newsroom/newsroom-session';
import { memoryVault } from '../../../electron/desk/newsroom/token-vault';
import { serverArticleSchema, type ServerArticle } from '../../../shared/server-api';
import type { Notification } from '../../../shared/server-api-review';
import { readyContent } from '../../server/helpers/article-fixtures';
import { startNewsroom, tempDir, type Newsroom } from '../sync/sync-helpers';

/** A network the test can pull: `down()` breaks the open stream and refuses new connections until `up()`. */
function pluggableNetwork() {
  let online = true;
  const open = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const fetchImpl: typeof fetch = async (input, init) => {
    if (!online) throw new TypeError('fetch failed: network is down');
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/api/events/stream') || !response.body) return response;
    const reader = response.body.getReader();
    let mine: ReadableStreamDefaultController<Uint8Array> | null = null;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        mine = controller;
        open.add(controller);
      },
      async pull(controller) {
        const next = await reader.read().catch(() => ({ done: true as const, value: undefined }));
        if (next.done) {
          open.delete(controller);
          controller.close();
        } else controller.enqueue(next.value);
      },
      cancel() {
        if (mine) open.delete(mine);
        void reader.cancel();
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return {
    fetch: fetchImpl,
    down() {
      online = false;
      for (const controller of open) controller.error(new TypeError('connection reset'));
      open.clear();
    },
    up() {
      online = true;
    },
  };
}

/** Collects what the stream hands on, and waits for a count of it. */
function collector() {
  const seen: Notification[] = [];
  const waiters: Array<() => void> = [];
  return {
    seen,
    onNotifications(items: Notification[]) {
      seen.push(...items);
      for (const wake of waiters.splice(0)) wake();
    },
    async until(count: number, timeoutMs = 15_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (seen.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${seen.length} of ${count} events arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
  };
}

describe('the desk’s event stream', () => {
  let newsroom: Newsroom;
  const cleanups: Array<() => Promise<void>> = [];

  async function call(token: string, method: string, path: string, body?: unknown): Promise<ServerArticle> {
    const response = await fetch(`${newsroom.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return serverArticleSchema.parse(await response.json());
  }
  /** A reporter's submitted article, returned to them by the chief editor with `note`: one event for the reporter. */
  async function returned(note: string): Promise<ServerArticle> {
    const created = await call(newsroom.reporter, 'POST', '/api/articles', { content: readyContent(note) });
    const submitted = await call(newsroom.reporter, 'POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
    return call(newsroom.editor, 'POST', `/api/articles/${created.id}/transitions`, { action: 'request_changes', revision: submitted.revision, note });
  }
  async function reporterDesk(dir: string, network: ReturnType<typeof pluggableNetwork>) {
    const session = new NewsroomSession({ dataDir: dir, vault: memoryVault('web_mode'), defaultServerUrl: () => newsroom.baseUrl, fetch: network.fetch });
    await session.open();
    await session.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
    const cursor = new EventCursor(dir);
    await cursor.open();
    const got = collector();
    const stream = new EventStream({ connection: session, cursor, onNotifications: got.onNotifications, fetch: network.fetch, retry: { baseDelayMs: 50, maxDelayMs: 200, maxRetryAfterMs: 1000 } });
    stream.start();
    cleanups.push(() => stream.close());
    return { session, stream, got };
  }
  async function connected(stream: EventStream): Promise<void> {
    for (let tries = 0; stream.state() !== 'live'; tries += 1) {
      if (tries > 150) throw new Error(`the stream stayed ${stream.state()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    newsroom = await startNewsroom();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  afterAll(async () => {
    await newsroom?.close();
  });

  it('hands on an event as it happens, with its note, once', async () => {
    const folder = await tempDir();
    cleanups.push(() => folder.remove());
    const { stream, got } = await reporterDesk(folder.dir, pluggableNetwork());
    await connected(stream);
    const article = await returned('Add the operator’s reply');
    await got.until(1);
    expect(got.seen).toHaveLength(1);
    expect(got.seen[0]).toMatchObject({ articleId: article.id, action: 'request_changes', note: 'Add the operator’s reply', actor: 'Lee Ka-yan' });
  });

  it('a dropped connection and a spell offline: everything missed arrives after, in order, once', async () => {
    const folder = await tempDir();
    cleanups.push(() => folder.remove());
    const network = pluggableNetwork();
    const { stream, got } = await reporterDesk(folder.dir, network);
    await connected(stream);
    await returned('Before the drop');
    await got.until(1);
    network.down();
    const missed = [await returned('Missed one'), await returned('Missed two'), await returned('Missed three')];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(got.seen).toHaveLength(1);
    network.up();
    await got.until(4);
    await returned('After coming back');
    await got.until(5);
    expect(got.seen.map((item) => item.note)).toEqual(['Before the drop', 'Missed one', 'Missed two', 'Missed three', 'After coming back']);
    expect(got.seen.slice(1, 4).map((item) => item.articleId)).toEqual(missed.map((article) => article.id));
    const seqs = got.seen.map((item) => item.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('a desk restarted after being closed catches up from the cursor it kept on disk, without repeats', async () => {
    const folder = await tempDir();
    cleanups.push(() => folder.remove());
    const first = await reporterDesk(folder.dir, pluggableNetwork());
    await connected(first.stream);
    await returned('Seen before closing');
    await first.got.until(1);
    await first.stream.close();
    await returned('While the desk was closed');
    await returned('Also while closed');
    const second = await reporterDesk(folder.dir, pluggableNetwork());
    await second.got.until(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second.got.seen.map((item) => item.note)).toEqual(['While the desk was closed', 'Also while closed']);
  });

  it('an expired token: the session turns to expired, the stream waits, and a new sign-in catches up', async () => {
    const folder = await tempDir();
    cleanups.push(() => folder.remove());
    const network = pluggableNetwork();
    const { session, stream, got } = await reporterDesk(folder.dir, network);
    await connected(stream);
    const token = session.endpoint()?.token ?? '';
    // Signed out elsewhere (an admin's revoke does the same): the token stops working.
    const revoked = await fetch(`${newsroom.baseUrl}/api/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status).toBe(204);
    // The connection drops (a laptop lid closed); reconnecting, the desk finds its token refused.
    network.down();
    await returned('While the token was dead');
    network.up();
    for (let tries = 0; (await session.state()).status !== 'expired'; tries += 1) {
      if (tries > 200) throw new Error('the session never noticed the dead token');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (let tries = 0; stream.state() !== 'off'; tries += 1) {
      if (tries > 50) throw new Error(`the stream stayed ${stream.state()} after the session expired`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await session.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
    await got.until(1);
    expect(got.seen.map((item) => item.note)).toEqual(['While the token was dead']);
  });
});

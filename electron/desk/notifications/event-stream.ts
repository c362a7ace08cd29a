import { createParser } from 'eventsource-parser';
import { notificationListResponseSchema, notificationSchema, type Notification } from '../../../shared/server-api-review';
import { callNewsroom } from '../newsroom/call-newsroom';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';
import { defaultRetryPolicy, retryDelay, type RetryPolicy } from '../outbox/retry-delay';
import type { EventCursor } from './event-cursor';

export type EventStreamState = 'off' | 'connecting' | 'live' | 'waiting';

export interface EventStreamOptions {
  connection: NewsroomConnection;
  cursor: EventCursor;
  /** Each batch of new events, in order, each once (seq above every earlier one). */
  onNotifications: (items: Notification[]) => void;
  fetch?: typeof fetch;
  random?: () => number;
  retry?: RetryPolicy;
  /** No byte (not even the server's heartbeat) for this long: the connection is dead, reconnect. */
  idleMs?: number;
}

type Outcome = 'ended' | 'unauthorized' | 'failed';

/** A wait that ends early when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The desk's end of the newsroom's event stream (`GET /api/events/stream`, Server-Sent Events).
 * While someone is signed in it stays connected; it resumes with `Last-Event-ID` from the cursor
 * kept on disk, so a dropped connection, a restart or a day offline loses nothing and repeats
 * nothing; it reconnects with jittered backoff, treats silence past the heartbeat as a dead
 * connection, and on a refused token lets the session find out (state `expired`) and waits for a
 * new sign-in.
 */
export class EventStream {
  private readonly fetchImpl: typeof fetch;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly idleMs: number;
  private current: AbortController | null = null;
  private wake = new AbortController();
  private closed = false;
  private running: Promise<void> | null = null;
  private stopListening: () => void = () => {};
  private status: EventStreamState = 'off';

  constructor(private readonly options: EventStreamOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.random = options.random ?? Math.random;
    this.retry = options.retry ?? { ...defaultRetryPolicy, maxDelayMs: 15_000 };
    this.idleMs = options.idleMs ?? 45_000;
  }

  state(): EventStreamState {
    return this.status;
  }

  start(): void {
    if (this.running) return;
    // Sign-in, sign-out or another newsroom: drop the connection and start again with the new one.
    this.stopListening = this.options.connection.onChange(() => this.restart());
    this.running = this.run();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    this.restart();
    await this.running;
    await this.options.cursor.flushed();
  }

  private restart(): void {
    this.current?.abort();
    this.wake.abort();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.closed) {
      this.wake = new AbortController();
      const endpoint = this.options.connection.endpoint();
      const user = this.options.connection.user();
      if (!endpoint || !user) {
        this.status = 'off';
        await pause(2 ** 31 - 1, this.wake.signal);
        continue;
      }
      this.status = 'connecting';
      const outcome = await this.connect(endpoint, user.id).catch((): { outcome: Outcome; received: boolean } => ({ outcome: 'failed', received: false }));
      if (this.closed) break;
      if (outcome.received) attempt = 0;
      if (outcome.outcome === 'unauthorized') {
        // The session's own call sees the 401 and turns to `expired`; its change restarts this loop.
        await this.options.connection.transport.call('session:get', { headers: {} });
      }
      this.status = 'waiting';
      attempt += 1;
      await pause(retryDelay(attempt, this.random, this.retry), this.wake.signal);
    }
    this.status = 'off';
  }

  /** Where to resume: the cursor on disk, else the newest event this person has (only new ones after it). */
  private async resumeFrom(baseUrl: string, userId: string): Promise<number> {
    const known = this.options.cursor.lastSeq(baseUrl, userId);
    if (known !== null) return known;
    const newest = await callNewsroom(this.options.connection, 'notifications:list', { query: { limit: '1' } }, notificationListResponseSchema);
    const seq = newest.items[0]?.seq ?? 0;
    await this.options.cursor.remember({ serverUrl: baseUrl, userId, lastSeq: seq });
    return seq;
  }

  private async connect(endpoint: { baseUrl: string; token: string }, userId: string): Promise<{ outcome: Outcome; received: boolean }> {
    const { baseUrl, token } = endpoint;
    let cursor = await this.resumeFrom(baseUrl, userId);
    const controller = new AbortController();
    this.current = controller;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const alive = () => {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(), this.idleMs);
    };
    alive();
    let received = false;
    try {
      const url = new URL('api/events/stream', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
      const response = await this.fetchImpl(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', 'last-event-id': String(cursor) },
        redirect: 'error',
        signal: controller.signal,
      });
      if (response.status === 401) return { outcome: 'unauthorized', received };
      if (response.status !== 200 || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        await response.body?.cancel().catch(() => {});
        return { outcome: 'failed', received };
      }
      this.status = 'live';
      let batch: Notification[] = [];
      const parser = createParser({
        onComment: alive,
        onEvent: (message) => {
          if (message.event !== 'notification') return;
          const parsed = notificationSchema.safeParse(safeJson(message.data));
          // Ids at or below the cursor were taken in already (a server resending after a resume).
          if (!parsed.success || parsed.data.seq <= cursor) return;
          cursor = parsed.data.seq;
          batch.push(parsed.data);
        },
      });
      const text = response.body.pipeThrough(new TextDecoderStream());
      for await (const chunk of text) {
        alive();
        parser.feed(chunk);
        if (batch.length === 0) continue;
        const delivered = batch;
        batch = [];
        received = true;
        await this.options.cursor.remember({ serverUrl: baseUrl, userId, lastSeq: cursor });
        this.options.onNotifications(delivered);
      }
      return { outcome: 'ended', received };
    } catch {
      return { outcome: 'failed', received };
    } finally {
      clearTimeout(idle);
      controller.abort();
      if (this.current === controller) this.current = null;
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

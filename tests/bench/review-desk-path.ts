/**
 * The desk's share of the review-desk figures: the same calls as the page makes, through the
 * desk's real newsroom client and event stream (what the screen waits for, short of rendering).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventCursor } from '../../electron/desk/notifications/event-cursor';
import { EventStream } from '../../electron/desk/notifications/event-stream';
import { NotificationFeed } from '../../electron/desk/notifications/notification-feed';
import { NewsroomSession } from '../../electron/desk/newsroom/newsroom-session';
import { memoryVault } from '../../electron/desk/newsroom/token-vault';
import { reviewHandlers } from '../../electron/desk/review/review-handlers';
import { SectionCatalog } from '../../electron/desk/sections/section-catalog';

/** A desk's newsroom session in a data folder of its own, signed in. */
async function signedIn(baseUrl: string, username: string, password: string): Promise<{ dir: string; session: NewsroomSession }> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-desk-'));
  const session = new NewsroomSession({ dataDir: dir, vault: memoryVault('web_mode'), defaultServerUrl: () => baseUrl });
  await session.open();
  await session.signIn({ serverUrl: baseUrl, username, password });
  return { dir, session };
}

export interface DeskPath {
  /** `review:queue` as the review desk's first page asks for it, through the desk. */
  queue(request: { queue: 'waiting' | 'approved'; section?: string; language?: 'en' | 'zh-Hant' }): Promise<number>;
  close(): Promise<void>;
}

/** A desk signed in to `baseUrl` as `username`, with its review services. */
export async function deskPath(baseUrl: string, username: string, password: string): Promise<DeskPath> {
  const { dir, session } = await signedIn(baseUrl, username, password);
  const handlers = reviewHandlers(session, new SectionCatalog(dir, { serverUrl: () => baseUrl }), () => undefined);
  return {
    async queue(request) {
      const page = await handlers['review:queue'](request);
      return page.items.length;
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface DeskListener {
  /** Resolves with the time the page's long poll answered once an event arrives. */
  nextEvent(timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

/** A second desk connected to `baseUrl`'s event stream, with the page's long poll on its feed. */
export async function deskListener(baseUrl: string, username: string, password: string): Promise<DeskListener> {
  const { dir, session } = await signedIn(baseUrl, username, password);
  const cursor = new EventCursor(dir);
  await cursor.open();
  const feed = new NotificationFeed(() => stream.state() === 'live');
  const stream: EventStream = new EventStream({ connection: session, cursor, onNotifications: (items) => feed.push(items) });
  stream.start();
  for (let tries = 0; stream.state() !== 'live'; tries += 1) {
    if (tries > 100) throw new Error(`the desk's stream stayed ${stream.state()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let pageCursor = (await feed.next(null, 0)).cursor;
  return {
    async nextEvent(timeoutMs) {
      const answer = await feed.next(pageCursor, timeoutMs);
      if (answer.items.length === 0) throw new Error('no event reached the other desk');
      pageCursor = answer.cursor;
      return performance.now();
    },
    async close() {
      feed.release();
      await stream.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

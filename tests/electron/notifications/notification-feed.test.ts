import { describe, expect, it } from 'vitest';
import { NotificationFeed } from '../../../electron/desk/notifications/notification-feed';
import type { Notification } from '../../../shared/server-api-review';

function event(seq: number): Notification {
  return { seq, articleId: `a${seq}`, headline: `Story ${seq}`, action: 'approve', actor: 'lee', revision: 2, note: null, at: '2026-12-02T09:00:00.000Z', read: false };
}

describe('the page’s long poll on the desk’s event feed', () => {
  it('starts from the cursor, waits for the next event, and answers as soon as it arrives', async () => {
    const feed = new NotificationFeed(() => true);
    feed.push([event(4)]);
    const start = await feed.next(null, 0);
    expect(start).toEqual({ items: [], cursor: 4, live: true });
    const waiting = feed.next(start.cursor, 20_000);
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    feed.push([event(5), event(6)]);
    const next = await waiting;
    expect(next.items.map((item) => item.seq)).toEqual([5, 6]);
    expect(next.cursor).toBe(6);
  });

  it('ends a poll with nothing after its wait, and hands on nothing twice', async () => {
    const feed = new NotificationFeed();
    feed.push([event(1), event(2)]);
    feed.push([event(2), event(1)]);
    expect((await feed.next(0, 0)).items.map((item) => item.seq)).toEqual([1, 2]);
    expect(await feed.next(2, 30)).toEqual({ items: [], cursor: 2, live: false });
  });

  it('a page cursor from before a restart of the desk gets what the new desk holds', async () => {
    const feed = new NotificationFeed();
    feed.push([event(7)]);
    expect((await feed.next(40, 0)).items.map((item) => item.seq)).toEqual([7]);
  });

  it('tells the desk’s own listeners (desktop notifications) of fresh events only', () => {
    const feed = new NotificationFeed();
    const heard: number[] = [];
    feed.onNotifications((items) => heard.push(...items.map((item) => item.seq)));
    feed.push([event(1)]);
    feed.push([event(1), event(3)]);
    expect(heard).toEqual([1, 3]);
  });
});

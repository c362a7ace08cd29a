import { describe, expect, it } from 'vitest';
import { showDesktopNotifications } from '../../../electron/main/desktop-notifications';
import { NotificationFeed } from '../../../electron/desk/notifications/notification-feed';
import type { Notification } from '../../../shared/server-api-review';

function event(seq: number, action: string, note: string | null = null): Notification {
  return { seq, articleId: `article-${seq}`, headline: '渡輪加價', action, actor: 'lee', revision: 3, note, at: '2026-12-02T09:00:00.000Z', read: false };
}

function harness(language: 'en' | 'zh-Hant' = 'en', supported = true) {
  const feed = new NotificationFeed();
  const shown: Array<{ title: string; body: string; click: () => void }> = [];
  const opened: Array<string | null> = [];
  showDesktopNotifications({
    onNotifications: (listener) => feed.onNotifications(listener),
    supported: () => supported,
    language: () => language,
    open: (articleId) => opened.push(articleId),
    make: ({ title, body }) => {
      const entry = { title, body, click: () => {} };
      return {
        on: (_event, listener) => {
          entry.click = listener;
        },
        show: () => shown.push(entry),
      };
    },
  });
  return { feed, shown, opened };
}

describe('desktop notifications from the newsroom’s events', () => {
  it('one per event, in the interface language, the note as its body; a click opens the article', () => {
    const { feed, shown, opened } = harness('zh-Hant');
    feed.push([event(1, 'request_changes', '請補上營辦商回應')]);
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([{ title: 'lee 退回了「渡輪加價」', body: '請補上營辦商回應' }]);
    shown[0]?.click();
    expect(opened).toEqual(['article-1']);
  });

  it('a flood after a day offline becomes one summary that opens the list', () => {
    const { feed, shown, opened } = harness('en');
    feed.push([1, 2, 3, 4, 5].map((seq) => event(seq, 'approve')));
    expect(shown.map(({ title }) => title)).toEqual(['5 new notifications']);
    shown[0]?.click();
    expect(opened).toEqual([null]);
  });

  it('an action the desk does not know yet is still said, and nothing is shown where the system has no notifications', () => {
    const known = harness('en');
    known.feed.push([event(1, 'archive')]);
    expect(known.shown[0]?.title).toBe('lee: archive “渡輪加價”');
    const none = harness('en', false);
    none.feed.push([event(1, 'approve')]);
    expect(none.shown).toEqual([]);
  });
});

import english from '../../renderer/i18n/locales/en/notifications.json';
import chinese from '../../renderer/i18n/locales/zh-Hant/notifications.json';
import type { Notification } from '../../shared/server-api-review';
import type { MenuLanguage } from './menu-labels';

/** The part of Electron's Notification used here, so this tests without Electron. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): void;
  show(): void;
}

export interface DesktopNotificationOptions {
  onNotifications(listener: (items: Notification[]) => void): () => void;
  make(options: { title: string; body: string }): NotificationLike;
  /** Whether the system shows notifications at all (Electron's Notification.isSupported()). */
  supported(): boolean;
  language(): MenuLanguage;
  /** A click: bring the window forward and open the article (null: the notifications list). */
  open(articleId: string | null): void;
}

const catalogs = { en: english, 'zh-Hant': chinese } as const;
type Action = keyof typeof english.actions;
/** More than this many at once (a desk back after a day offline): one summary instead of a flood. */
const flood = 3;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => String(values[name] ?? match));
}

function isAction(action: string): action is Action {
  return Object.hasOwn(english.actions, action);
}

/** One notification's sentence in the interface language, from the page's catalogs. */
export function desktopNotificationText(item: Notification, language: MenuLanguage): string {
  const words = catalogs[language];
  const actor = item.actor ?? words.someone;
  if (isAction(item.action) && item.action !== 'other') return fill(words.actions[item.action], { actor, headline: item.headline });
  return fill(words.actions.other, { actor, action: item.action, headline: item.headline });
}

/**
 * Shows each event the newsroom's stream brings as a desktop notification (with the editor's
 * note as its body); clicking it opens the article. Returns the unsubscribe.
 */
export function showDesktopNotifications(options: DesktopNotificationOptions): () => void {
  return options.onNotifications((items) => {
    if (!options.supported() || items.length === 0) return;
    const words = catalogs[options.language()];
    const shown: Array<{ title: string; body: string; articleId: string | null }> =
      items.length > flood
        ? [{ title: fill(words.desktopSummary, { count: items.length }), body: words.desktopSummaryBody, articleId: null }]
        : items.map((item) => ({ title: desktopNotificationText(item, options.language()), body: item.note ?? '', articleId: item.articleId }));
    for (const { title, body, articleId } of shown) {
      const notification = options.make({ title, body });
      notification.on('click', () => options.open(articleId));
      notification.show();
    }
  });
}

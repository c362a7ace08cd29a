import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures/web-mode';

// Web mode has no native menus; the page is given the preload's `copydeskEvents` bridge here so
// the desktop's menu and updater events can be sent to the real UI, as the main process does.
async function withDesktopEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(name: string, payload: unknown) => void>();
    Object.assign(window, {
      copydeskEvents: {
        subscribe(listener: (name: string, payload: unknown) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      sendDeskEvent(name: string, payload: unknown) {
        for (const listener of listeners) listener(name, payload);
      },
    });
  });
}

async function send(page: Page, name: string, payload: unknown = {}): Promise<void> {
  await page.evaluate(([eventName, eventPayload]) => Reflect.get(window, 'sendDeskEvent')(eventName, eventPayload), [name, payload] as const);
}

const screenshots = process.env.COPYDESK_SCREENSHOTS;

test('the menu opens a new article and its panels; an update is offered and refused where it cannot install', async ({ page, webMode }) => {
  await withDesktopEvents(page);
  await openApp(page, webMode);

  await send(page, 'update:ready', { version: '0.2.0' });
  await expect(page.getByRole('status').filter({ hasText: 'Copydesk 0.2.0 is ready to install.' })).toBeVisible();
  if (screenshots) await page.screenshot({ path: `${screenshots}/update-offer-en.png` });
  await page.getByRole('button', { name: 'Restart to update' }).click();
  await expect(page.getByRole('alert')).toContainText('desktop app');

  await send(page, 'menu:newArticle');
  await expect(page.getByLabel('Headline')).toBeVisible();
  // The offer waits on the drafts list, where no editor holds unsaved text.
  await expect(page.getByRole('button', { name: 'Restart to update' })).toHaveCount(0);
  const preview = page.getByRole('button', { name: 'Preview' });
  await expect(preview).toHaveAttribute('aria-pressed', 'false');
  await send(page, 'menu:preview');
  await expect(preview).toHaveAttribute('aria-pressed', 'true');
  await send(page, 'menu:checklist');
  await expect(page.locator('#checklist-heading')).toBeFocused();
});

test('the update offer in Traditional Chinese', async ({ page, webMode }) => {
  await withDesktopEvents(page);
  await openApp(page, webMode);
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await send(page, 'update:ready', { version: '0.2.0' });
  await expect(page.getByRole('button', { name: '重新啟動以更新' })).toBeVisible();
  await expect(page.getByText('Copydesk 0.2.0 已可安裝。')).toBeVisible();
  if (screenshots) await page.screenshot({ path: `${screenshots}/update-offer-zh-Hant.png` });
});

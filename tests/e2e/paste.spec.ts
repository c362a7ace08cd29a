import type { Page } from '@playwright/test';
import { googleDocs } from '../renderer/paste/paste-corpus';
import { expect, openApp, test } from './fixtures/web-mode';

test.setTimeout(120_000);

/** A real paste event with HTML on the clipboard, as Chromium delivers one to the editor. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Article body' }).evaluate((element, clipboardHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', clipboardHtml);
    data.setData('text/plain', clipboardHtml.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('pasting from Google Docs and a hostile page into the body keeps structure and runs nothing', async ({ page, webMode }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  // The drafts list has a Language filter too: wait for the article screen before choosing.
  await expect(page.getByLabel('Headline')).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();

  await pasteHtml(page, googleDocs);
  await expect(body.locator('h2')).toHaveText('個案一：前保密單位僱員');
  await expect(body.locator('strong')).toHaveText('nothing');
  await expect(body.locator('em')).toHaveText('review');
  await expect(body.locator('ul li')).toHaveText(['First point', 'Second point']);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/report');

  await pasteHtml(page, '<p onclick="alert(1)">Hostile <a href="javascript:alert(2)">link</a><img src=x onerror="alert(3)"></p><script>alert(4)</script><iframe src="javascript:alert(5)"></iframe>');
  await expect(body).toContainText('Hostile link');
  await expect(body.locator('a[href^="javascript"], img, iframe, script, [onclick]')).toHaveCount(0);

  // The draft keeps only what the schema holds, and the preview shows the same structure.
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe.preview-pane__frame');
  await expect(preview.locator('.article-body strong')).toHaveText('nothing');
  await expect(preview.locator('.article-body ul li')).toHaveText(['First point', 'Second point']);
  expect(dialogs).toEqual([]);
});

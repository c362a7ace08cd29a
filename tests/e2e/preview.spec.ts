import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';

// Two cores are shared by the whole suite; typing, intake and the debounced preview need headroom.
test.setTimeout(120_000);

async function newArticle(page: Page, webMode: WebMode): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
}

async function setLeadImage(page: Page): Promise<void> {
  const buffer = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2e7d5b' } }).jpeg().toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Set lead image' }).click();
  await (await chooser).setFiles({ name: 'ferry.jpg', mimeType: 'image/jpeg', buffer });
  await expect(page.getByRole('button', { name: 'Replace image' })).toBeVisible();
}

test('the preview shows the public page in a script-less frame, with our media, and follows edits', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  // A headline that would run script if it were ever written as HTML.
  const hostile = 'Ferry <img src=x onerror="document.title=\'pwned\'"> fares';
  await page.getByLabel('Headline').fill(hostile);
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await setLeadImage(page);
  await page.getByRole('region', { name: 'Lead image' }).getByLabel('Caption').fill('A ferry at Central Pier.');
  await page.getByRole('region', { name: 'Lead image' }).getByLabel('Credit').fill('(File Photo)');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Fares will rise.');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.keyboard.type('The operator said so.');
  await page.getByLabel('Title of Case 1').fill('Star Ferry');

  await page.getByRole('button', { name: 'Preview' }).click();
  const frameElement = page.locator('iframe.preview-pane__frame');
  await expect(frameElement).toHaveAttribute('title', `Preview of the public page: ${hostile}`);
  const sandbox = await frameElement.getAttribute('sandbox');
  expect(sandbox).not.toBeNull();
  expect(sandbox).not.toContain('allow-scripts');

  const preview = page.frameLocator('iframe.preview-pane__frame');
  await expect(preview.locator('h1.headline')).toHaveText(hostile);
  await expect(preview.locator('.case-title')).toHaveText('Case 1: Star Ferry');
  await expect(preview.locator('.lead-figure figcaption')).toHaveText('A ferry at Central Pier. (File Photo)');

  // The lead image really loads from the desk's media folder inside the sandboxed frame.
  const leadImage = preview.locator('.lead-figure img');
  await expect(leadImage).toHaveAttribute('src', /^media\/m_[0-9A-Z]+\/900\.webp$/);
  // naturalWidth is density-corrected for a srcset pick, so it follows the frame's width: check
  // that a real rendition from the media folder was decoded, whichever one the browser chose.
  await expect
    .poll(() =>
      leadImage.evaluate(
        (image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && /\/media\/m_[0-9A-Z]+\/\d+\.webp$/.test(image.currentSrc),
      ),
    )
    .toBe(true);

  // Nothing in the frame ran: no injected element, no handler fired anywhere.
  await expect(preview.locator('h1.headline img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  // Edits arrive in the preview; numbering follows a second case.
  await page.getByLabel('Headline').fill('Harbour ferry fares to rise');
  await body.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.keyboard.type('A second operator followed.');
  await page.getByLabel('Title of Case 2').fill('Sun Ferry');
  await expect(preview.locator('h1.headline')).toHaveText('Harbour ferry fares to rise');
  await expect(preview.locator('.case-title')).toHaveText(['Case 1: Star Ferry', 'Case 2: Sun Ferry']);
});

test('a Chinese article previews in Chinese: lang, the numbered case label and the Related Topics heading', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
  await page.getByLabel('Headline').fill('渡輪加價');
  const topics = page.getByRole('combobox', { name: 'Topics' });
  await topics.fill('生活成本');
  await topics.press('Enter');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('導言。');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.keyboard.type('內容。');
  await page.getByLabel('Title of 案例一').fill('天星小輪');

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe.preview-pane__frame');
  await expect(preview.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(preview.locator('.case-title')).toHaveText('案例一：天星小輪');
  await expect(preview.locator('.related-topics h2')).toHaveText('相關專題');
});

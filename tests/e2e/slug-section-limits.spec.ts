import type { Page } from '@playwright/test';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';

test.setTimeout(120_000);

const shots = process.env.COPYDESK_SCREENSHOTS;

async function newArticle(page: Page, webMode: WebMode, language: 'en' | 'zh-Hant'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption(language);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.locator('.card--masthead').screenshot({ path: `${shots}/${name}.png` });
}

test('the URL fills from the headline, stops following once edited, and stays so after a reload', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'en');
  const headline = page.getByLabel('Headline');
  const slug = page.getByLabel('URL', { exact: true });

  await headline.fill('Café owners in Causeway Bay face rent rise');
  await expect(slug).toHaveValue('cafe-owners-in-causeway-bay-face-rent-rise');
  await headline.fill('Café owners face rent rise');
  await expect(slug).toHaveValue('cafe-owners-face-rent-rise');

  await slug.fill('Rent Rise');
  await expect(page.getByText('Use only lower-case letters a–z, digits and single hyphens')).toBeVisible();
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await slug.fill('rent-rise');
  await expect(slug).toHaveAttribute('aria-invalid', 'false');
  await headline.fill('Café owners face a steep rent rise');
  await expect(slug).toHaveValue('rent-rise');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await expect(slug).toHaveValue('rent-rise');
  await headline.fill('Café owners face a rent rise in January');
  await expect(slug).toHaveValue('rent-rise');
  await screenshot(page, 'slug-en');
});

test('a Chinese headline gets a short pinyin URL', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'zh-Hant');
  await page.getByLabel('Headline').fill('天星小輪下月加價');
  await expect(page.getByLabel('URL', { exact: true })).toHaveValue('tian-xing-xiao-lun-xia-yue-jia-jia');
});

test('the section is chosen from the newsroom\'s list, named in the interface language', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'en');
  const section = page.getByLabel('Section');
  await expect(section.locator('option')).toHaveText(['Choose a section', 'Hong Kong', 'China', 'World', 'Business', 'Sport', 'Opinion', 'Culture']);
  await section.selectOption({ label: 'Business' });
  await expect(section).toHaveValue('business');
  await page.getByLabel('Headline').fill('Harbour ferry fares to rise');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await screenshot(page, 'section-en');

  await page.getByRole('button', { name: /Back/ }).click();
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await page.getByRole('link', { name: 'Harbour ferry fares to rise' }).click();
  const chinese = page.getByLabel('版面');
  await expect(chinese).toHaveValue('business');
  await expect(chinese.locator('option:checked')).toHaveText('財經');
  await expect(chinese.locator('option')).toHaveText(['香港', '中國', '國際', '財經', '體育', '評論', '文化']);
  await screenshot(page, 'section-zh-Hant');
});

test('a pasted 300-character headline is kept whole, counted in red and flagged by the checklist', async ({ page, webMode, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webMode.origin });
  await newArticle(page, webMode, 'en');
  const long = Array.from({ length: 40 }, (_, index) => `word${String(index).padStart(4, '0')}`).join(' ').slice(0, 299) + '.';
  expect(long).toHaveLength(300);
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  const headline = page.getByLabel('Headline');
  await headline.focus();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(headline).toHaveValue(long);

  const count = page.locator('#field-headline-count');
  await expect(count).toContainText('300 of 120 characters');
  await expect(count).toContainText('180 characters over the limit');
  await expect(count).toHaveClass(/field__count--over/);
  expect(await count.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(180, 35, 24)');
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  const checklist = page.getByRole('region', { name: /Checklist/ });
  await expect(checklist.getByRole('button', { name: 'Headline is 300 characters long: shorten it to 120 or fewer.' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await screenshot(page, 'headline-over-en');

  await page.reload();
  await expect(headline).toHaveValue(long);
  await page.getByRole('button', { name: /Back/ }).click();
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await page.getByRole('link', { name: /^word0000/ }).click();
  await expect(page.locator('#field-headline-count')).toContainText('超出上限 180 字');
  await expect(page.getByRole('button', { name: '標題長 300 字：請刪減至 120 字或以下。' })).toBeVisible();
  await screenshot(page, 'headline-over-zh-Hant');
});

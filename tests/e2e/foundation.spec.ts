import { expect, openApp, test } from './fixtures/web-mode';

test('a new draft survives a reload and a restart of web mode', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Harbour ferry fares to rise in January');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Fares will rise by ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('ten per cent');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' next month.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour ferry fares to rise in January');
  await expect(body.locator('strong')).toHaveText('ten per cent');
  await expect(body).toContainText('Fares will rise by ten per cent next month.');

  await webMode.restart();
  await page.goto(webMode.url);
  await page.getByRole('link', { name: 'Harbour ferry fares to rise in January' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour ferry fares to rise in January');
  await expect(page.getByRole('textbox', { name: 'Article body' }).locator('strong')).toHaveText('ten per cent');
});

test('the DeskApi refuses calls without the token and with a foreign Host header', async ({ page, webMode, request }) => {
  const withoutToken = await request.post(`${webMode.origin}/desk/drafts/list`, { data: {} });
  expect(withoutToken.status()).toBe(401);
  expect((await withoutToken.json()).error.code).toBe('unauthorized');

  const page401 = await request.get(`${webMode.origin}/`);
  expect(page401.status()).toBe(401);

  await openApp(page, webMode);
  const withToken = await page.request.post(`${webMode.origin}/desk/drafts/list`, { data: {} });
  expect(withToken.status()).toBe(200);
  expect((await withToken.json()).ok).toBe(true);

  const foreignHost = await page.request.post(`${webMode.origin}/desk/drafts/list`, {
    data: {},
    headers: { host: 'attacker.example' },
  });
  expect(foreignHost.status()).toBe(403);
});

test('the interface language switch changes the labels and is remembered', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await expect(page.getByRole('button', { name: '新增稿件' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '新增稿件' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});

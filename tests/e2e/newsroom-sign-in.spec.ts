import { expect, openApp, test } from './fixtures/web-mode';

// Sign-in flows run several steps through web mode and its local newsroom; the shared two-core machine is slow.
test.setTimeout(120_000);

test('a new newsroom: the first account from the sign-in screen becomes admin; sign out, a wrong password, sign in again', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await page.getByRole('link', { name: 'Sign in to the newsroom' }).click();
  await expect(page.getByRole('heading', { name: 'Create the first account' })).toBeVisible();
  await expect(page.getByLabel('Newsroom address')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByText('In web mode your sign-in is kept only while the desk runs')).toBeVisible();
  await page.getByLabel('Your name as colleagues see it').fill('陳美');
  await page.getByLabel('Username').fill('chan-mei');
  await page.getByLabel('Password').fill('harbour ferry 2026');
  await page.screenshot({ path: test.info().outputPath('first-account-en.png') });
  await page.getByRole('button', { name: 'Create the first account' }).click();
  // An administrator's home is the review desk.
  await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible();
  await expect(page.getByRole('link', { name: '陳美 · Administrator' })).toBeVisible();

  await page.getByRole('link', { name: '陳美 · Administrator' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed in as 陳美 (Administrator)' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('signed-in-en.png') });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the newsroom' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to the newsroom' })).toBeVisible();

  await page.getByLabel('Username').fill('chan-mei');
  await page.getByLabel('Password').fill('not her password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('The username or password is wrong.');
  await page.screenshot({ path: test.info().outputPath('wrong-password-en.png') });
  await page.getByLabel('Password').fill('harbour ferry 2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('link', { name: '陳美 · Administrator' })).toBeVisible();
});

test('in Chinese: an address that is not a newsroom, and one that is not http, each get one sentence', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await page.getByRole('link', { name: '登入編輯部' }).click();
  await expect(page.getByRole('heading', { name: '建立第一個帳戶' })).toBeVisible();
  const address = page.getByLabel('編輯部網址');
  // The desk's own web server answers, but it is not a newsroom.
  await address.fill(webMode.origin);
  await page.getByLabel('同事看到的名字').fill('李嘉欣');
  await page.getByLabel('用戶名稱').fill('lee');
  await page.getByLabel('密碼').fill('harbour ferry 2026');
  await page.getByRole('button', { name: '建立第一個帳戶' }).click();
  await expect(page.getByRole('alert')).toHaveText('這個網址有回應，但不是 Copydesk 編輯部。請檢查網址。');
  await page.screenshot({ path: test.info().outputPath('not-a-newsroom-zh-Hant.png') });
  await address.fill('ftp://newsroom.example.hk');
  await page.getByRole('button', { name: '建立第一個帳戶' }).click();
  await expect(page.getByRole('alert')).toHaveText('這不是編輯部網址：必須以 http:// 或 https:// 開頭。');
});

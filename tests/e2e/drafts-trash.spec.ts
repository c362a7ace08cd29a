import { expect, openApp, test } from './fixtures/web-mode';
import { seedDraft } from './drafts-seed';

test('a deleted draft goes to the trash, comes back, and Empty trash asks first', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await seedDraft(page, webMode, { headline: 'Ferry fares', paragraph: 'Fares will rise.' });
  await page.reload();

  await page.getByRole('button', { name: 'Delete “Ferry fares”' }).click();
  await expect(page.getByText('“Ferry fares” was moved to the trash.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ferry fares' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Drafts in the trash' });
  await expect(trash).toContainText('Ferry fares');
  await page.getByRole('button', { name: 'Restore “Ferry fares”' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await expect(page.getByRole('link', { name: 'Ferry fares' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete “Ferry fares”' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete the 1 drafts in the trash for good');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(trash).toContainText('Ferry fares');

  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash was emptied.')).toBeVisible();
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  // For good: not after a restart either.
  await webMode.restart();
  await page.goto(webMode.url);
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

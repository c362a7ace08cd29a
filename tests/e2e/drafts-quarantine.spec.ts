import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures/web-mode';
import { seedDraft } from './drafts-seed';

test('a damaged draft file is set aside at start, named, and its last good revision restored', async ({ page, webMode }) => {
  await openApp(page, webMode);
  const id = await seedDraft(page, webMode, { headline: 'Harbour clean-up', paragraph: 'Volunteers collected rubbish.' });
  await seedDraft(page, webMode, { headline: 'Healthy draft', paragraph: 'Nothing wrong here.' });

  await webMode.restart();
  await writeFile(join(webMode.dataDir, 'drafts', `${id}.json`), '{"id":"truncated by a crash');
  await webMode.restart();
  await page.goto(webMode.url);

  const notice = page.getByRole('alert').filter({ hasText: 'Harbour clean-up' });
  await expect(notice).toContainText('was found damaged on disk');
  await expect(page.getByRole('link', { name: 'Healthy draft' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Harbour clean-up' })).toHaveCount(0);

  await notice.getByRole('button', { name: /Restore its last good revision/ }).click();
  await expect(page.getByRole('link', { name: 'Harbour clean-up' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.getByRole('link', { name: 'Harbour clean-up' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Volunteers collected rubbish.');
});

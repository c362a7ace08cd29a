import { expect, openApp, test } from './fixtures/web-mode';

// Many steps through web mode: on the shared two-core machine they can pass a minute.
test.setTimeout(120_000);

test('History lists revisions, shows what changed, and restores one without losing the current text', async ({ page, webMode }) => {
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Harbour ferry fares');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('First version of the lead.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Second version of the lead.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'History' }).click();
  const revisions = page.getByRole('list', { name: 'Revisions of this draft' });
  const explicit = revisions.getByRole('button', { name: /Saved with Ctrl\+S/ });
  await expect(explicit).toHaveCount(1);
  await expect(explicit).toContainText(/\d+ words · \d+ characters/);
  await explicit.click();

  const changes = page.getByRole('list', { name: 'Changes between this revision and the current text' });
  await expect(changes.locator('.revision-changes__line--removed')).toHaveText(['Only in this revision: −First version of the lead.']);
  await expect(changes.locator('.revision-changes__line--added')).toHaveText(['Only in the current text: +Second version of the lead.']);

  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('First version of the lead.');
  await expect(revisions.getByRole('button', { name: /Before a restore/ })).toHaveCount(1);
  await expect(revisions.getByRole('button', { name: /Restored/ })).toHaveCount(1);

  // The replaced text is kept: it can be restored in turn.
  await revisions.getByRole('button', { name: /Before a restore/ }).click();
  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Second version of the lead.');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Second version of the lead.');
});

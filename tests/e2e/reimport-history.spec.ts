import { styledDocx, wordStyles } from '../electron/drafts/docx-fixture';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';
import type { Locator, Page } from '@playwright/test';

const docx = styledDocx([
  { text: '渡輪下月加價', style: wordStyles.chineseTitle },
  { text: '營辦商指燃油成本上升', style: wordStyles.chineseSubtitle },
  { text: '記者 陳美' },
  { text: '天星小輪宣布加價。' },
]);
// Each flow is many steps through web mode; on the shared two-core machine they pass a minute.
test.setTimeout(120_000);

const wordFile = { name: 'ferry.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx };

/** Options chosen by value (the revision id): two revisions may share a label. */
async function optionValues(options: Locator): Promise<string[]> {
  return options.evaluateAll((found) => found.map((option) => (option instanceof HTMLOptionElement ? option.value : '')));
}

async function switchToChinese(page: Page): Promise<void> {
  await page.getByLabel('Interface language').selectOption('zh-Hant');
  await expect(page.getByRole('button', { name: '新增稿件' })).toBeVisible();
}

test('importing the same Word file again asks, and Replace keeps the replaced text in History', async ({ page, webMode }) => {
  await openApp(page, webMode);
  const input = () => page.locator('input[type="file"]');
  await input().setInputFiles(wordFile);
  await expect(page.getByText('Imported “渡輪下月加價” as a new draft.')).toBeVisible();
  await page.getByRole('link', { name: '渡輪下月加價' }).click();
  await expect(page.getByLabel('Standfirst')).toHaveValue('營辦商指燃油成本上升');
  await expect(page.getByLabel('Byline')).toHaveValue('記者 陳美');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('天星小輪宣布加價。');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited on the desk.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('button', { name: /Back to drafts/ }).click();

  await input().setInputFiles(wordFile);
  const question = page.getByRole('alertdialog', { name: 'You have imported “ferry.docx” before.' });
  await expect(question).toContainText('It became the draft “渡輪下月加價”');
  await expect(question.getByRole('button', { name: 'Import as a new draft' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('reimport-question-en.png') });
  await question.getByRole('button', { name: 'Replace the existing draft' }).click();
  await expect(page.getByText('Replaced the text of “渡輪下月加價” with the file.')).toBeVisible();
  await expect(page.getByRole('link', { name: '渡輪下月加價' })).toHaveCount(1);

  // The replaced text is in History, so the replace can be taken back.
  await page.getByRole('link', { name: '渡輪下月加價' }).click();
  await expect(body).toHaveText('天星小輪宣布加價。');
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Revisions of this draft' }).getByRole('button', { name: /Before a re-import/ }).click();
  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(body).toHaveText('天星小輪宣布加價。 Edited on the desk.');
});

test('the re-import question in Chinese, answered with a new draft', async ({ page, webMode }) => {
  await openApp(page, webMode);
  const input = () => page.locator('input[type="file"]');
  await input().setInputFiles(wordFile);
  await expect(page.getByText('Imported “渡輪下月加價” as a new draft.')).toBeVisible();
  await switchToChinese(page);
  await input().setInputFiles(wordFile);
  const chinese = page.getByRole('alertdialog', { name: '你之前已匯入過「ferry.docx」。' });
  await expect(chinese).toContainText('它已成為稿件「渡輪下月加價」');
  await page.screenshot({ path: test.info().outputPath('reimport-question-zh-Hant.png') });
  await chinese.getByRole('button', { name: '匯入為新稿件' }).click();
  await expect(page.getByText('已把「渡輪下月加價」匯入為新稿件。')).toBeVisible();
  await expect(page.getByRole('link', { name: '渡輪下月加價' })).toHaveCount(2);
});

async function draftWithThreeVersions(page: Page, webMode: WebMode): Promise<void> {
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Harbour ferry fares');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('First version of the lead.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByLabel('Headline').fill('Harbour ferry fares rise');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Fuel costs are up.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Third version.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('a restore can be undone from its notice, which stays until dismissed', async ({ page, webMode }) => {
  await draftWithThreeVersions(page, webMode);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await page.getByRole('button', { name: 'History' }).click();
  const revisions = page.getByRole('list', { name: 'Revisions of this draft' });
  await revisions.getByRole('button', { name: /Saved with Ctrl\+S/ }).last().click();
  await page.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(body).toHaveText('First version of the lead.');
  const notice = page.getByRole('status').filter({ hasText: 'was restored' });
  await expect(notice).toBeVisible();
  // Typing elsewhere and waiting does not make it go away.
  await page.waitForTimeout(1500);
  await expect(notice).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('restore-undo-en.png') });

  await notice.getByRole('button', { name: 'Undo the restore: bring back the text from just before it' }).click();
  await expect(body).toHaveText('Third version.');
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour ferry fares rise');
  const undone = page.getByRole('status').filter({ hasText: 'The restore was undone' });
  await expect(undone).toBeVisible();
  await undone.getByRole('button', { name: 'Dismiss' }).click();
  await expect(undone).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Third version.');
});

test('any two revisions can be compared, older to newer, fields named', async ({ page, webMode }) => {
  await draftWithThreeVersions(page, webMode);
  await page.getByRole('button', { name: 'History' }).click();
  const compare = page.getByRole('region', { name: 'Compare two versions' });
  // The current text and every revision kept, the two Ctrl+S ones among them.
  await expect(compare.getByLabel('Older version').locator('option', { hasText: 'Saved with Ctrl+S' })).toHaveCount(2);
  await expect(compare.getByLabel('Older version').locator('option').first()).toHaveText('Current text');
  const explicitOptions = compare.getByLabel('Older version').locator('option', { hasText: 'Saved with Ctrl+S' });
  const explicit = await explicitOptions.allTextContents();
  const explicitIds = await optionValues(explicitOptions);
  await compare.getByLabel('Older version').selectOption(explicitIds[1] ?? '');
  await compare.getByLabel('Newer version').selectOption(explicitIds[0] ?? '');
  await compare.getByRole('button', { name: 'Compare' }).click();
  const changes = compare.getByRole('list', { name: /^Changes from / });
  await expect(changes).toHaveAccessibleName(`Changes from ${explicit[1]} to ${explicit[0]}`);
  await expect(changes.locator('.revision-changes__line--removed')).toHaveText(['Only in the older version: −Headline: Harbour ferry fares', 'Only in the older version: −First version of the lead.']);
  await expect(changes.locator('.revision-changes__line--added')).toHaveText(['Only in the newer version: +Headline: Harbour ferry fares rise', 'Only in the newer version: +First version of the lead. Fuel costs are up.']);
  await changes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-compare-en.png') });

});

test('two revisions compared in Chinese: fields and sides named in Chinese', async ({ page, webMode }) => {
  await draftWithThreeVersions(page, webMode);
  await page.getByRole('button', { name: /Back to drafts/ }).click();
  await switchToChinese(page);
  await page.getByRole('link', { name: 'Harbour ferry fares rise' }).click();
  await page.getByRole('button', { name: '修訂紀錄' }).click();
  const chinese = page.getByRole('region', { name: '比較兩個版本' });
  await expect(chinese.getByLabel('較舊版本').locator('option', { hasText: '以 Ctrl+S 儲存' })).toHaveCount(2);
  const chineseExplicit = await optionValues(chinese.getByLabel('較舊版本').locator('option', { hasText: '以 Ctrl+S 儲存' }));
  await chinese.getByLabel('較舊版本').selectOption(chineseExplicit[1] ?? '');
  await chinese.getByLabel('較新版本').selectOption({ label: '目前文本' });
  await chinese.getByRole('button', { name: '比較' }).click();
  const chineseChanges = chinese.getByRole('list', { name: /^由 / });
  await expect(chineseChanges.locator('.revision-changes__line--added')).toHaveText(['只在較新版本：+標題：Harbour ferry fares rise', '只在較新版本：+Third version.']);
  await expect(chineseChanges).not.toContainText('Headline');
  await chineseChanges.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-compare-zh-Hant.png') });
});

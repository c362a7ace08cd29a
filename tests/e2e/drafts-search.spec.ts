import { expect, openApp, test } from './fixtures/web-mode';
import { seedDraft } from './drafts-seed';

test('search drafts with each scope and sort, in Chinese and English', async ({ page, webMode }) => {
  test.setTimeout(120_000);
  await openApp(page, webMode);
  await seedDraft(page, webMode, { headline: '渡輪加價', paragraph: '天星小輪宣布明年一月起加價。', tags: ['交通'] });
  await seedDraft(page, webMode, { headline: 'Ferry operators seek subsidy', paragraph: 'Fuel costs rose sharply.', tags: ['Ferries'], language: 'en' });
  await seedDraft(page, webMode, { headline: '海港清潔', paragraph: '渡輪碼頭附近海面垃圾增加。', tags: ['環境'] });
  await page.reload();

  const results = page.getByRole('list', { name: 'Drafts on this computer' });
  const headlines = results.getByRole('link');
  await expect(headlines).toHaveText(['海港清潔', 'Ferry operators seek subsidy', '渡輪加價']);

  // A two-character Chinese query, Content scope, New to old (the defaults).
  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('渡輪');
  await expect(headlines).toHaveText(['海港清潔', '渡輪加價']);
  await expect(page.getByText('Drafts found: 2')).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText('渡輪');

  await page.getByLabel('Sort').selectOption({ label: 'Old to new' });
  await expect(headlines).toHaveText(['渡輪加價', '海港清潔']);
  await page.getByLabel('Sort').selectOption({ label: 'Relevance' });
  // The title match ranks above the body match even though it is older.
  await expect(headlines).toHaveText(['渡輪加價', '海港清潔']);
  await page.getByLabel('Sort').selectOption({ label: 'New to old' });
  await expect(headlines).toHaveText(['海港清潔', '渡輪加價']);

  await page.getByLabel('Search in').selectOption({ label: 'Title' });
  await expect(headlines).toHaveText(['渡輪加價']);

  await page.getByLabel('Search in').selectOption({ label: 'Keyword' });
  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('交通');
  await expect(headlines).toHaveText(['渡輪加價']);

  await page.getByLabel('Search in').selectOption({ label: 'Content' });
  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('FUEL');
  await expect(headlines).toHaveText(['Ferry operators seek subsidy']);
  await expect(results.locator('mark')).toHaveText(['Fuel']);

  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
  await expect(headlines).toHaveText(['Ferry operators seek subsidy']);

  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('地鐵');
  await expect(page.getByText('No drafts match “地鐵” with the status and language chosen.')).toBeVisible();
});

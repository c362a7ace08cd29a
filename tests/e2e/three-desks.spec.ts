import type { Page } from '@playwright/test';
import { jpegWithIptc } from '../electron/media/jpeg-with-iptc';
import { noSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/web-mode';
import { startNewsroomServerProcess } from './fixtures/newsroom-server';
import { deskPassword, signedInDesk } from './fixtures/signed-in-desk';

// Three web-mode desks and a newsroom server, each a process of its own, on a two-core machine.
test.setTimeout(480_000);

/** The reporter's seed-like article, typed in the editor: tags, headline, intro, three numbered cases, related news and topics. */
async function writeArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.fill('Transport,');
  await tags.fill('Ferries');
  await tags.press('Enter');
  await page.getByLabel('Headline').fill('Harbour ferry fares to rise in January');
  await page.getByLabel('Standfirst').fill('Operators cite fuel costs');
  await page.getByLabel('Byline').fill('Chan Mei');
  await page.getByLabel('Dateline').fill('Hong Kong');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await page.getByLabel('Section').selectOption('hong-kong');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Fares on three harbour routes will rise next month, the operators said.');
  const cases: Array<[string, string]> = [
    ['Star Ferry', 'The Star Ferry carries 70,000 passengers a day.'],
    ['Outlying islands', 'The outlying island routes lose money.'],
    ['Kowloon City', 'The Kowloon City route reopens in March.'],
  ];
  for (const [index, [title, text]] of cases.entries()) {
    await page.getByRole('button', { name: 'Insert case section' }).click();
    await page.keyboard.type(text);
    await page.getByLabel(`Title of Case ${index + 1}`).fill(title);
  }
  await page.getByRole('combobox', { name: 'Topics' }).fill('Cost of living');
  await page.getByRole('combobox', { name: 'Topics' }).press('Enter');
  await page.getByRole('button', { name: 'Add related link' }).click();
  await page.getByLabel('Related link title').fill('Bus fares frozen');
  await page.getByLabel('Related link URL').fill('https://example.org/bus');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('three desks: the reporter writes and asks for photos, the photo desk adds them, the chief returns, approves, publishes and corrects; the page shows it all', async ({ browser }) => {
  const server = await startNewsroomServerProcess();
  server.createUser('chan-mei', 'Chan Mei', 'reporter', deskPassword);
  server.createUser('ho', 'Ho Wing', 'photo_editor', deskPassword);
  server.createUser('lee', 'Lee Ka-yan', 'chief_editor', deskPassword);
  const reporter = await signedInDesk(browser, server, 'chan-mei');
  const photo = await signedInDesk(browser, server, 'ho');
  const chief = await signedInDesk(browser, server, 'lee');
  try {
    // The reporter: the article, submitted, and a request to the photo desk with a note.
    const page = reporter.page;
    await writeArticle(page);
    const bar = page.getByRole('region', { name: 'Newsroom' });
    await bar.getByRole('button', { name: 'Submit for review' }).click();
    await expect(bar).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });
    await bar.getByRole('button', { name: 'Ask the photo desk' }).click();
    await bar.getByLabel('Note to the photo desk').fill('A pier shot for the lead, and one of passengers please.');
    await page.screenshot({ path: test.info().outputPath('photo-request-en.png') });
    await noSeriousViolations(page, '.sync-bar');
    await bar.getByRole('button', { name: 'Send the request' }).click();
    await expect(bar.getByRole('status')).toHaveText('The photo desk has been asked for pictures. You will be told when they are done.');

    // The photo desk: the request in its queue; the lead image and a figure from IPTC-captioned JPEGs.
    // Already on the photo desk (its home): the request arrives without a reload, and is notified.
    const desk = photo.page;
    const queue = desk.getByRole('list', { name: 'Articles that need photos (1)' });
    await expect(queue).toContainText('A pier shot for the lead, and one of passengers please.', { timeout: 15_000 });
    await expect(desk.getByRole('link', { name: 'Notifications (1)' })).toBeVisible({ timeout: 15_000 });
    await queue.getByRole('link', { name: 'Harbour ferry fares to rise in January' }).click();
    await expect(desk.getByRole('region', { name: 'The article’s text (read-only)' })).toContainText('The Kowloon City route reopens in March.');
    const pier = Buffer.from(await jpegWithIptc({ caption: 'The Star Ferry at Central Pier.', credit: '(File Photo)' }, 'utf-8', true, 1600, 900));
    await desk.locator('input[type=file][aria-label="Choose a photo for Lead image"]').setInputFiles({ name: 'pier.jpg', mimeType: 'image/jpeg', buffer: pier });
    await expect(desk.getByRole('progressbar', { name: 'Upload of pier.jpg' })).toHaveAttribute('value', '100', { timeout: 60_000 });
    const lead = desk.getByRole('group', { name: 'Lead image' });
    await expect(lead.getByLabel('Caption')).toHaveValue('The Star Ferry at Central Pier.');
    await lead.getByLabel('Alt text').fill('Green and white ferry at a pier');
    const passengers = Buffer.from(await jpegWithIptc({ caption: 'Passengers queue at Pier 7.', credit: 'Photo: Ho Wing' }, 'utf-8', true, 1200, 800));
    await desk.locator('input[type=file][aria-label="Choose photos to add as figures"]').setInputFiles({ name: 'passengers.jpg', mimeType: 'image/jpeg', buffer: passengers });
    await expect(desk.getByRole('progressbar', { name: 'Upload of passengers.jpg' })).toHaveAttribute('value', '100', { timeout: 60_000 });
    const figure = desk.getByRole('group', { name: 'Figure 1' });
    await expect(figure.getByLabel('Caption')).toHaveValue('Passengers queue at Pier 7.');
    await figure.getByLabel('Alt text').fill('Passengers waiting on a pier');
    await desk.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(desk.getByText('Saved. The images are on the newsroom.')).toBeVisible({ timeout: 30_000 });
    await desk.getByRole('button', { name: 'Photos done' }).click();
    await expect(desk.getByText(/Photos done, and chan-mei has been told\.|chan-mei/)).toBeVisible({ timeout: 30_000 });

    // The reporter is told, without reloading (the newsroom's event stream).
    await expect(page.getByRole('link', { name: 'Notifications (1)' })).toBeVisible({ timeout: 15_000 });

    // The chief editor: what changed since submission (the photos), returned with a note.
    const editor = chief.page;
    await editor.goto(editor.url().replace(/#.*$/, '#/'));
    await editor.getByRole('list', { name: 'Articles in Waiting for review' }).getByRole('link', { name: 'Harbour ferry fares to rise in January' }).click();
    const changes = editor.getByRole('region', { name: 'What changed since it was submitted' });
    await expect(changes).toContainText('The Star Ferry at Central Pier.');
    await expect(changes).toContainText('Passengers queue at Pier 7.');
    await expect(editor.getByRole('list', { name: 'Revisions of this article, newest first' }).getByRole('listitem')).not.toHaveCount(0);
    await editor.screenshot({ path: test.info().outputPath('review-photo-changes-en.png'), fullPage: true });
    await noSeriousViolations(editor, '.review-article');
    await editor.getByLabel('Note to the reporter').fill('Add the operators’ names to Case 3.');
    await editor.getByRole('button', { name: 'Request changes' }).click();
    await expect(editor.getByText('Returned to the reporter with your note.')).toBeVisible();

    // The reporter: returned with the note, the photos now in her draft; she fixes and resubmits.
    await expect(bar).toContainText('Returned by the editor: “Add the operators’ names to Case 3.”', { timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'Notifications (2)' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Lead image' }).getByLabel('Caption')).toHaveValue('The Star Ferry at Central Pier.');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.getByText('The Kowloon City route reopens in March.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Sun Ferry and Fortune Ferry run the routes.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await bar.getByRole('button', { name: 'Submit for review' }).click();
    await expect(bar).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });

    // The chief editor: the fix, approved and published; the public page's link.
    await editor.getByRole('link', { name: 'Back to the review desk' }).click();
    await editor.getByRole('list', { name: 'Articles in Waiting for review' }).getByRole('link', { name: 'Harbour ferry fares to rise in January' }).click();
    await expect(editor.getByRole('region', { name: 'What changed since it was submitted' })).toContainText('Sun Ferry and Fortune Ferry run the routes.');
    await editor.getByRole('button', { name: 'Approve' }).click();
    await expect(editor.getByText('Approved.')).toBeVisible();
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByText('Published.')).toBeVisible();
    const publicLink = editor.getByRole('link', { name: 'Open the public page' });
    await expect(publicLink).toHaveAttribute('href', /^http/);
    const publicUrl = (await publicLink.getAttribute('href')) ?? '';

    // The public page: every part in the outlet's order.
    const site = await browser.newPage();
    try {
      expect((await site.goto(publicUrl))?.status()).toBe(200);
      await expect(site.getByRole('navigation', { name: 'Tags' }).getByRole('link')).toHaveText(['Transport', 'Ferries']);
      await expect(site.getByRole('heading', { level: 1 })).toHaveText('Harbour ferry fares to rise in January');
      await expect(site.locator('.lead-figure figcaption')).toHaveText('The Star Ferry at Central Pier. (File Photo)');
      await expect(site.locator('.lead-figure').getByRole('img', { name: 'Green and white ferry at a pier' })).toBeVisible();
      await expect(site.locator('.case-title')).toHaveText(['Case 1: Star Ferry', 'Case 2: Outlying islands', 'Case 3: Kowloon City']);
      await expect(site.locator('.article-body')).toContainText('Sun Ferry and Fortune Ferry run the routes.');
      await expect(site.locator('.article-body figure figcaption')).toContainText('Passengers queue at Pier 7.');
      const inBody = site.locator('.article-body figure').getByRole('img', { name: 'Passengers waiting on a pier' });
      await inBody.scrollIntoViewIfNeeded();
      await expect.poll(() => inBody.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => site.locator('.lead-figure img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
      await expect(site.getByRole('region', { name: 'Related News' }).getByRole('link')).toHaveText(['Bus fares frozen']);
      await expect(site.getByRole('region', { name: 'Related Topics' }).getByRole('link')).toHaveText(['Cost of living']);
      const inOrder = await site.evaluate(() => {
        const selectors = ['.article-tags', '.headline', '.lead-figure', '.article-body > p', '.case-section:nth-of-type(1)', '.case-section:nth-of-type(2)', '.case-section:nth-of-type(3)', '.related-news', '.related-topics'];
        const elements = selectors.map((selector) => document.querySelector(selector));
        return elements.every((element, index) => {
          const previous = elements[index - 1];
          return element !== null && (previous === undefined || (previous !== null && (previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0));
        });
      });
      expect(inOrder).toBe(true);

      // A correction with a note, shown on the page.
      await editor.getByLabel('Correction note (shown on the public page)').fill('An earlier version named the wrong pier.');
      await editor.getByRole('button', { name: 'Publish a correction' }).click();
      await expect(editor.getByText('The correction is published.')).toBeVisible();
      await expect
        .poll(async () => {
          await site.reload();
          return site.locator('.correction-note').textContent();
        }, { timeout: 30_000 })
        .toContain('An earlier version named the wrong pier.');
      await site.screenshot({ path: test.info().outputPath('public-page-corrected.png'), fullPage: true });
    } finally {
      await site.close();
    }

    // The reporter's notifications, in Chinese: returned, photos done, approved, published, corrected.
    await page.getByLabel('Interface language').selectOption('zh-Hant');
    await page.getByRole('link', { name: /^通知（\d+）$/ }).click();
    const list = page.getByRole('list', { name: '通知，由新至舊' });
    await expect(list).toContainText('Ho Wing 完成了「Harbour ferry fares to rise in January」的圖片');
    await expect(list).toContainText('Lee Ka-yan 退回了「Harbour ferry fares to rise in January」');
    await expect(list).toContainText('Lee Ka-yan 更正了「Harbour ferry fares to rise in January」', { timeout: 15_000 });
    await page.screenshot({ path: test.info().outputPath('notifications-zh-Hant.png') });
    await noSeriousViolations(page, '.notifications-screen');

    // The chief editor's article in Chinese, with the newsroom's revisions.
    await editor.getByLabel('Interface language').selectOption('zh-Hant');
    await expect(editor.getByRole('list', { name: '此稿的修訂版本，由新至舊' })).toBeVisible();
    await editor.screenshot({ path: test.info().outputPath('review-article-zh-Hant.png'), fullPage: true });
    await noSeriousViolations(editor, '.review-article');
  } finally {
    await reporter.close();
    await photo.close();
    await chief.close();
    await server.close();
  }
});

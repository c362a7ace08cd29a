import { jpegWithIptc } from '../electron/media/jpeg-with-iptc';
import { noSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/web-mode';
import { startNewsroomServerProcess, type NewsroomServerProcess } from './fixtures/newsroom-server';
import { deskPassword, signedInDesk } from './fixtures/signed-in-desk';

// Two processes (a desk and a newsroom), uploads and many steps on a two-core machine.
test.setTimeout(300_000);

async function api(server: NewsroomServerProcess, token: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ id: string; revision: number; needsPhotos: boolean; leadImage: { caption: string; credit: string; alt: string } | null; body: { content: { type: string; attrs?: Record<string, unknown> }[] }; headline: string; standfirst: string }> {
  const response = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: body === undefined ? null : JSON.stringify(body) });
  expect(response.ok, await response.clone().text()).toBe(true);
  return response.json();
}

async function signIn(server: NewsroomServerProcess, username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: deskPassword }) });
  return ((await response.json()) as { token: string }).token;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

test('the photo desk: the queue with the reporter’s note, IPTC photos as the lead image and figures with progress, Save, Photos done; both languages, axe', async ({ browser }) => {
  const server = await startNewsroomServerProcess();
  server.createUser('chan-mei', 'Chan Mei', 'reporter', deskPassword);
  server.createUser('ho', 'Ho Wing', 'photo_editor', deskPassword);
  const reporter = await signIn(server, 'chan-mei');
  // The reporter's article, submitted and flagged for pictures through the API (as her desk does).
  const created = await api(server, reporter, 'POST', '/api/articles', {
    content: {
      slug: 'harbour-ferry-fares-rise',
      language: 'en',
      section: 'hong-kong',
      headline: 'Harbour ferry fares to rise',
      standfirst: 'Operators cite fuel costs',
      byline: 'Chan Mei',
      dateline: 'Hong Kong',
      leadImage: null,
      body: { type: 'doc', content: [paragraph('Fares will rise by 5 per cent in January.'), { type: 'caseSection', attrs: { title: 'Star Ferry' }, content: [paragraph('The operator said fuel costs had doubled.')] }] },
      tags: ['transport'],
      topics: [],
      relatedLinks: [],
    },
  });
  await api(server, reporter, 'POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
  await api(server, reporter, 'POST', `/api/articles/${created.id}/needs-photos`, { needsPhotos: true, note: 'A pier shot for the lead, and two of passengers please.' });

  const photo = await signedInDesk(browser, server, 'ho');
  try {
    const page = photo.page;
    // The photo editor's home is the photo desk.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect(page.getByRole('heading', { name: 'Photo desk', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Photo desk' })).toBeVisible();
    const queue = page.getByRole('list', { name: 'Articles that need photos (1)' });
    await expect(queue).toContainText('A pier shot for the lead, and two of passengers please.');
    await expect(queue).toContainText(/by chan-mei · asked .*(HKT|GMT\+8)/);
    await page.screenshot({ path: test.info().outputPath('photo-queue-en.png') });
    await noSeriousViolations(page, '.photo-desk');

    await queue.getByRole('link', { name: 'Harbour ferry fares to rise' }).click();
    const text = page.getByRole('region', { name: 'The article’s text (read-only)' });
    await expect(text).toContainText('The operator said fuel costs had doubled.');
    await expect(text.getByRole('textbox')).toHaveCount(0);

    // Several photos dropped at once would do the same; here the chooser: the lead image first.
    const pier = Buffer.from(await jpegWithIptc({ caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）' }, 'utf-8', true, 1600, 900));
    await page.locator('input[type=file][aria-label="Choose a photo for Lead image"]').setInputFiles({ name: 'pier.jpg', mimeType: 'image/jpeg', buffer: pier });
    const leadBar = page.getByRole('progressbar', { name: 'Upload of pier.jpg' });
    await expect(leadBar).toBeVisible();
    await expect(page.getByRole('list', { name: 'Uploads' })).toContainText('Uploaded', { timeout: 60_000 });
    await expect(leadBar).toHaveAttribute('value', '100');
    const lead = page.getByRole('group', { name: 'Lead image' });
    await expect(lead.getByLabel('Caption')).toHaveValue('中環碼頭的天星小輪，攝於黃昏。');
    await expect(lead.getByLabel('Credit')).toHaveValue('（資料圖片）');
    await lead.getByLabel('Alt text').fill('Green and white ferry at a pier at dusk');
    // The newsroom's own (unpublished) picture, fetched by the desk with the session.
    const picture = lead.getByRole('img', { name: 'Green and white ferry at a pier at dusk' });
    await expect(picture).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(320);

    // Two figures at once, each with its own bar and its caption from the file.
    const passengers = Buffer.from(await jpegWithIptc({ caption: 'Passengers queue at Pier 7.', credit: 'Photo: Ho Wing' }, 'utf-8', true, 1200, 800));
    const leaving = Buffer.from(await jpegWithIptc({ caption: 'The ferry leaves Central.', credit: 'Photo: Ho Wing' }, 'utf-8', true, 1200, 800));
    await page.locator('input[type=file][aria-label="Choose photos to add as figures"]').setInputFiles([
      { name: 'passengers.jpg', mimeType: 'image/jpeg', buffer: passengers },
      { name: 'leaving.jpg', mimeType: 'image/jpeg', buffer: leaving },
    ]);
    await expect(page.getByRole('progressbar', { name: 'Upload of passengers.jpg' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Upload of leaving.jpg' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Upload of leaving.jpg' })).toHaveAttribute('value', '100', { timeout: 60_000 });
    await expect(page.getByRole('progressbar', { name: 'Upload of passengers.jpg' })).toHaveAttribute('value', '100');
    await expect(page.getByRole('group', { name: 'Figure 1' }).getByLabel('Caption')).toHaveValue('Passengers queue at Pier 7.');
    const second = page.getByRole('group', { name: 'Figure 2' });
    await expect(second.getByLabel('Caption')).toHaveValue('The ferry leaves Central.');
    await second.getByLabel('Caption').fill('The Star Ferry leaves Central Pier.');
    await second.getByLabel('Alt text').fill('A ferry pulling away from a pier');
    await page.getByRole('group', { name: 'Figure 1' }).getByLabel('Alt text').fill('Passengers waiting on a pier');

    // A photo dropped on the drop zone becomes the next figure, its caption from the file.
    const crowd = Buffer.from(await jpegWithIptc({ caption: 'Commuters at the Tsim Sha Tsui pier.', credit: 'Photo: Ho Wing' }, 'utf-8', true, 900, 600)).toString('base64');
    const dropped = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], 'crowd.jpg', { type: 'image/jpeg' }));
      return transfer;
    }, crowd);
    await page.getByRole('region', { name: 'Drop photos here' }).dispatchEvent('drop', { dataTransfer: dropped });
    await expect(page.getByRole('progressbar', { name: 'Upload of crowd.jpg' })).toHaveAttribute('value', '100', { timeout: 60_000 });
    await expect(page.getByRole('group', { name: 'Figure 3' }).getByLabel('Caption')).toHaveValue('Commuters at the Tsim Sha Tsui pier.');
    await page.getByRole('group', { name: 'Figure 3' }).getByLabel('Alt text').fill('Commuters on a pier');
    await expect(page.getByRole('group', { name: 'Figure 1' }).getByLabel('Alt text')).toHaveValue('Passengers waiting on a pier');
    await expect(page.getByText('Unsaved changes to the images.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Photos done' })).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('photo-article-en.png'), fullPage: true });
    await noSeriousViolations(page, '.photo-article');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved. The images are on the newsroom.')).toBeVisible({ timeout: 30_000 });
    const saved = await api(server, reporter, 'GET', `/api/articles/${created.id}`, undefined);
    expect(saved.leadImage).toMatchObject({ caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）', alt: 'Green and white ferry at a pier at dusk' });
    expect(saved.body.content.filter((node) => node.type === 'figure').map((node) => node.attrs?.caption)).toEqual(['Passengers queue at Pier 7.', 'The Star Ferry leaves Central Pier.', 'Commuters at the Tsim Sha Tsui pier.']);
    expect([saved.headline, saved.standfirst]).toEqual(['Harbour ferry fares to rise', 'Operators cite fuel costs']);

    // In Chinese, before Photos done.
    await page.getByLabel('Interface language').selectOption('zh-Hant');
    await expect(page.getByRole('group', { name: '主圖' }).getByLabel('圖片說明')).toHaveValue('中環碼頭的天星小輪，攝於黃昏。');
    await page.screenshot({ path: test.info().outputPath('photo-article-zh-Hant.png'), fullPage: true });
    await noSeriousViolations(page, '.photo-article');
    await page.getByLabel('給記者的備註（可留空）').fill('已加上主圖及兩張內文圖片。');
    await page.getByRole('button', { name: '完成配圖' }).click();
    await expect(page.getByText('已完成配圖，並已通知 chan-mei。')).toBeVisible({ timeout: 30_000 });
    expect((await api(server, reporter, 'GET', `/api/articles/${created.id}`, undefined)).needsPhotos).toBe(false);

    await page.getByRole('link', { name: '返回圖片組' }).click();
    await expect(page.getByText('目前沒有文章需要配圖。')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('photo-queue-empty-zh-Hant.png') });
    await noSeriousViolations(page, '.photo-desk');
  } finally {
    await photo.close();
    await server.close();
  }
});

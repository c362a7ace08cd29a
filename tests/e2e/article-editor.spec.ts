import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Article } from '../../shared/article';
import { checkArticle } from '../../shared/checklist/check-article';
import { documentProblems } from '../../shared/editor/validate-document';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';

async function newArticle(page: Page, webMode: WebMode): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
}

async function savedDraft(page: Page, webMode: WebMode): Promise<Article> {
  await expect(page.getByRole('status')).toHaveText('Saved');
  const list = await (await page.request.post(`${webMode.origin}/desk/drafts/list`, { data: {} })).json();
  const id: string = list.value[0].id;
  const draft = await (await page.request.post(`${webMode.origin}/desk/drafts/get`, { data: { id } })).json();
  return draft.value;
}

/** A small real photo (sharp-generated PNG) for the desk's intake, which checks content, not names. */
async function photo(name: string, colour: string) {
  const buffer = await sharp({ create: { width: 480, height: 320, channels: 3, background: colour } }).png().toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

/** The image is shown (its alt text is still empty, so it has no img role yet). */
async function expectLoaded(image: ReturnType<Page['locator']>) {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
}

async function chooseFile(page: Page, button: ReturnType<Page['getByRole']>, file: Awaited<ReturnType<typeof photo>>) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

test('composing a full article with two cases and a figure, reordering cases, and reloading keeps every part', async ({ page, webMode }) => {
  await newArticle(page, webMode);

  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.fill('transport, ferries,');
  await tags.fill('Transport');
  await tags.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove tag / })).toHaveCount(2);

  await page.getByLabel('Headline').fill('Harbour ferry fares to rise in January');
  await page.getByLabel('Standfirst').fill('Operators cite fuel costs');
  await page.getByLabel('Byline').fill('Staff Reporter');
  await page.getByLabel('Dateline').fill('Hong Kong');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await page.getByLabel('Section').selectOption('hong-kong');

  await chooseFile(page, page.getByRole('button', { name: 'Set lead image' }), await photo('ferry.png', '#2e7d5b'));
  const lead = page.getByRole('region', { name: 'Lead image' });
  await expectLoaded(lead.locator('img'));
  await lead.getByLabel('Caption').fill('A ferry at Central Pier.');
  await lead.getByLabel('Credit').fill('(File Photo)');
  await lead.getByLabel('Alt text').fill('Green and white ferry at a pier');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Fares will rise by ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('ten per cent');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' next month, ');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Link address').fill('https://example.org/fares');
  await page.getByLabel('Link address').press('Enter');
  await page.keyboard.type(' says the operator.');

  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.keyboard.type('The Star Ferry carries 70,000 passengers a day.');
  await page.getByLabel('Title of Case 1').fill('Star Ferry');

  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.keyboard.type('The outlying island routes lose money.');
  await chooseFile(page, page.getByRole('button', { name: 'Insert image' }), await photo('pier.png', '#4060a0'));
  const figure = page.getByRole('group', { name: /^Figure:/ });
  await expectLoaded(figure.locator('img'));
  await figure.getByLabel('Caption').fill('Passengers at Mui Wo pier.');
  await figure.getByLabel('Credit').fill('Staff photographer');
  await figure.getByLabel('Alt text').fill('Passengers queue at a pier');
  await page.getByLabel('Title of Case 2').fill('Outlying islands');

  await page.getByRole('combobox', { name: 'Topics' }).fill('Cost of living');
  await page.getByRole('combobox', { name: 'Topics' }).press('Enter');
  await page.getByRole('button', { name: 'Add related link' }).click();
  await page.getByLabel('Related link title').fill('Bus fares frozen');
  await page.getByLabel('Related link URL').fill('https://example.org/bus');

  await expect(page.getByRole('heading', { name: /Checklist/ })).toContainText('Ready');

  // Reorder: case 2 moves up and is numbered 1 at once.
  await page.getByRole('button', { name: 'Move Case 2 up' }).click();
  await expect(page.getByRole('group', { name: /^Case \d/ })).toHaveText([/Case 1:.*The outlying island routes/s, /Case 2:.*The Star Ferry carries/s]);
  await expect(page.getByLabel('Title of Case 1')).toHaveValue('Outlying islands');

  const draft = await savedDraft(page, webMode);
  expect(checkArticle(draft)).toEqual([]);
  expect(documentProblems(draft.body)).toEqual([]);
  expect(draft.tags).toEqual(['transport', 'ferries']);
  expect(draft.topics).toEqual(['Cost of living']);
  expect(draft.relatedLinks).toEqual([{ title: 'Bus fares frozen', url: 'https://example.org/bus' }]);
  expect(draft.leadImage).toMatchObject({ caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'Green and white ferry at a pier' });
  const cases = draft.body.content.filter((node) => node.type === 'caseSection');
  expect(cases.map((node) => node.attrs?.title)).toEqual(['Outlying islands', 'Star Ferry']);
  expect(cases[0]?.content?.find((node) => node.type === 'figure')?.attrs).toMatchObject({
    caption: 'Passengers at Mui Wo pier.',
    credit: 'Staff photographer',
    alt: 'Passengers queue at a pier',
  });
  const intro = JSON.stringify(draft.body.content[0]);
  expect(intro).toContain('"type":"bold"');
  expect(intro).toContain('https://example.org/fares');

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour ferry fares to rise in January');
  await expect(page.getByLabel('Standfirst')).toHaveValue('Operators cite fuel costs');
  await expect(page.getByLabel('Byline')).toHaveValue('Staff Reporter');
  await expect(page.getByLabel('Dateline')).toHaveValue('Hong Kong');
  await expect(page.getByLabel('Section')).toHaveValue('hong-kong');
  await expect(page.getByLabel('Title of Case 1')).toHaveValue('Outlying islands');
  await expect(page.getByLabel('Title of Case 2')).toHaveValue('Star Ferry');
  await expect(page.getByRole('group', { name: /^Figure:/ }).getByLabel('Credit')).toHaveValue('Staff photographer');
  await expect(body.locator('strong')).toHaveText('ten per cent');
  await expect(page.getByRole('button', { name: 'Remove topic Cost of living' })).toBeVisible();

  // The preview shows the public page: numbered cases in the new order.
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  const preview = page.frameLocator('iframe.preview-pane__frame');
  await expect(preview.locator('h1')).toHaveText('Harbour ferry fares to rise in January');
  await expect(preview.locator('body')).toContainText('Case 1: Outlying islands');
  await expect(preview.locator('body')).toContainText('Case 2: Star Ferry');

  // The article's language drives the case labels.
  await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
  await expect(page.locator('.case-section__label')).toHaveText(['案例一：', '案例二：']);

  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: test.info().outputPath('article-screen.png'), fullPage: true });
});

test('an image dropped or pasted into the body becomes a figure with its own fields', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Before the pictures.');
  const png = (await photo('drop.png', '#a04040')).buffer.toString('base64');
  const deliver = (kind: 'drop' | 'paste') =>
    body.evaluate(
      (element, { data, kind: eventKind }) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], `${eventKind}.png`, { type: 'image/png' }));
        const box = element.getBoundingClientRect();
        const event =
          eventKind === 'drop'
            ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 10 })
            : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
        element.dispatchEvent(event);
      },
      { data: png, kind },
    );
  await deliver('drop');
  await expect(page.getByRole('group', { name: /^Figure:/ })).toHaveCount(1);
  await deliver('paste');
  await expect(page.getByRole('group', { name: /^Figure:/ })).toHaveCount(2);
  for (const image of await page.locator('.figure-view img').all()) await expectLoaded(image);
  const draft = await savedDraft(page, webMode);
  const figures = draft.body.content.filter((node) => node.type === 'figure');
  expect(figures).toHaveLength(2);
  expect(figures.every((node) => typeof node.attrs?.mediaId === 'string' && node.attrs.mediaId !== '')).toBe(true);
  expect(JSON.stringify(draft.body)).toContain('Before the pictures.');
});

test('Tags and Topics suggest what other local drafts already use', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  await page.getByRole('combobox', { name: 'Tags' }).fill('渡輪, transport,');
  await page.getByRole('combobox', { name: 'Topics' }).fill('Cost of living,');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: /Back to drafts/ }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  const tags = page.getByRole('combobox', { name: 'Tags' });
  const suggestions = (combobox: typeof tags) =>
    combobox.evaluate((input: HTMLInputElement) => Array.from(input.list?.options ?? []).map((option) => option.value));
  await expect.poll(() => suggestions(tags)).toEqual(['transport', '渡輪']);
  await expect.poll(() => suggestions(page.getByRole('combobox', { name: 'Topics' }))).toEqual(['Cost of living']);
  await tags.fill('Transport');
  await tags.press('Enter');
  await tags.fill('transport');
  await tags.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove tag / })).toHaveCount(1);
  await expect.poll(() => suggestions(tags)).toEqual(['渡輪']);
});

test('Chinese typed through IME composition is neither duplicated nor lost', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const cdp = await page.context().newCDPSession(page);
  const compose = async (steps: string[], committed: string) => {
    for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: committed });
  };
  await compose(['t', 'ti', 'tin'], '天');
  await compose(['s', 'si', 'sin'], '星');
  await compose(['x', 'xiao', '小'], '小輪');
  await page.keyboard.type(' Star Ferry ');
  await compose(['j', 'ji', 'jia', '加價'], '加價。');
  await expect(body).toHaveText('天星小輪 Star Ferry 加價。');

  // A composition inside a case section, after the cursor moved there.
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await compose(['q', 'qian', '前'], '前僱員');
  await expect(page.getByRole('group', { name: /^Case 1/ })).toContainText('前僱員');

  // The status can still say "Saved" from the previous save for a moment after the last
  // keystroke, so wait until the desk holds the case text, then check nothing was doubled.
  await expect.poll(async () => JSON.stringify((await savedDraft(page, webMode)).body)).toContain('前僱員');
  const text = JSON.stringify((await savedDraft(page, webMode)).body);
  expect(text.match(/天星小輪/g)).toHaveLength(1);
  expect(text.match(/前僱員/g)).toHaveLength(1);
  expect(text).not.toContain('tin');
  await expect(page.getByLabel('Counts')).toContainText('9 Chinese characters');
});

test('keyboard: bold, italic, underline, link, headings, and undo/redo across body and case-title edits', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+Alt+2');
  await page.keyboard.type('Section heading');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Alt+3');
  await page.keyboard.type('Smaller');
  await page.keyboard.press('Enter');
  for (const [key, tag] of [['b', 'strong'], ['i', 'em'], ['u', 'u']] as const) {
    await page.keyboard.press(`ControlOrMeta+${key}`);
    await page.keyboard.type(tag);
    await page.keyboard.press(`ControlOrMeta+${key}`);
    await page.keyboard.type(' ');
    await expect(body.locator(tag)).toHaveText(tag);
  }
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
  await expect(body.locator('h2')).toHaveText('Section heading');
  await expect(body.locator('h3')).toHaveText('Smaller');

  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Link address').fill('javascript:alert(1)');
  await page.getByLabel('Link address').press('Enter');
  await expect(page.getByRole('alert')).toContainText('http://, https:// or mailto:');
  await page.getByLabel('Link address').fill('mailto:desk@example.org');
  await page.getByLabel('Link address').press('Enter');
  await expect(body.locator('a[href="mailto:desk@example.org"]')).toHaveText('mailto:desk@example.org');

  // The link dialog hands the focus back to the body (typing before that would go nowhere).
  await expect(body).toBeFocused();
  // Undo/redo in the body.
  await page.keyboard.type(' tail');
  await expect(body).toContainText('tail');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).not.toContainText('tail');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(body).toContainText('tail');

  // A case title edit is undone by the same keys, from inside the title field.
  await page.getByRole('button', { name: 'Insert case section' }).click();
  const title = page.getByLabel('Title of Case 1');
  await title.fill('Former Employee of a Classified Unit');
  await page.waitForTimeout(600); // a pause ends the undo group, as it would for a person
  await title.pressSequentially(' (updated)');
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue('Former Employee of a Classified Unit');
  await title.press('ControlOrMeta+Shift+z');
  await expect(title).toHaveValue('Former Employee of a Classified Unit (updated)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Former Employee of a Classified Unit');
});

test('the article screen has no serious or critical accessibility violation', async ({ page, webMode }) => {
  await newArticle(page, webMode);
  await page.getByRole('combobox', { name: 'Tags' }).fill('transport,');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Intro paragraph.');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.getByLabel('Title of Case 1').fill('Star Ferry');
  await chooseFile(page, page.getByRole('button', { name: 'Insert image' }), await photo('pier.png', '#4060a0'));
  await page.getByRole('button', { name: 'Add related link' }).click();
  await page.getByLabel('Related link URL').fill('not a url');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.frameLocator('iframe.preview-pane__frame').locator('body')).toContainText('Star Ferry');

  await page.screenshot({ path: test.info().outputPath('article-screen-with-preview.png'), fullPage: true });
  // The preview iframe runs no scripts, so axe cannot enter it; the public page has its own checks.
  const results = await new AxeBuilder({ page }).include('.article-screen').exclude('.preview-pane__frame').analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

import type { Page } from '@playwright/test';
import type { Article, DocNode } from '../../shared/article';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';

// Each test types a whole case flow; on the shared two-core machine a run can take a minute.
test.describe.configure({ timeout: 120_000 });

async function newArticle(page: Page, webMode: WebMode, language: 'en' | 'zh-Hant'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption(language);
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue(language);
}

/** The body as the desk stored it. */
async function storedBody(page: Page, webMode: WebMode): Promise<DocNode[]> {
  const list = await (await page.request.post(`${webMode.origin}/desk/drafts/list`, { data: {} })).json();
  const id: string = list.value[0].id;
  const draft: { value: Article } = await (await page.request.post(`${webMode.origin}/desk/drafts/get`, { data: { id } })).json();
  return draft.value.body.content;
}

/** Waits until the desk has stored exactly this body (autosave retries a save the busy desk missed). */
async function expectStoredBody(page: Page, webMode: WebMode, expected: DocNode[]): Promise<void> {
  await expect.poll(() => storedBody(page, webMode), { timeout: 30_000 }).toEqual(expected);
}

const paragraph = (text: string): DocNode => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const caseSection = (title: string, ...texts: string[]): DocNode => ({ type: 'caseSection', attrs: { title }, content: texts.map(paragraph) });

/** Types Chinese the way an input method does: a composition of keystrokes, then the committed text. */
async function compose(page: Page, keystrokes: string[], committed: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  let typed = '';
  for (const keystroke of keystrokes) {
    typed += keystroke;
    await session.send('Input.imeSetComposition', { text: typed, selectionStart: typed.length, selectionEnd: typed.length });
  }
  // The Enter that picks the candidate arrives while the composition is still open.
  await page.keyboard.press('Enter');
  await session.send('Input.insertText', { text: committed });
  await session.detach();
}

test('a case title, Enter, then the case text: each holds exactly what was typed', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'en');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Three people spoke to us.');
  await page.getByRole('button', { name: 'Insert case section' }).click();

  await page.getByLabel('Title of Case 1').click();
  await page.keyboard.type('Former Employee of a Classified Unit');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title of Case 1')).not.toBeFocused();
  await page.keyboard.type('Zhong, a former employee, asked not to be named.');

  // Backspace at the start of the text goes back to the end of the title; Tab returns.
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect(page.getByLabel('Title of Case 1')).toBeFocused();
  await page.keyboard.type(' (2019)');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mr ');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Title of Case 1')).toBeFocused();

  await expectStoredBody(page, webMode, [
    paragraph('Three people spoke to us.'),
    caseSection('Former Employee of a Classified Unit (2019)', 'Mr Zhong, a former employee, asked not to be named.'),
    paragraph(''),
  ]);
});

test('Chinese typed through an input method: the committing Enter stays in the title, the next Enter moves on', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'zh-Hant');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  const title = page.getByLabel('Title of 案例一');
  await title.click();
  await compose(page, ['c', 'ia', 'n'], '前僱員');
  await expect(title).toBeFocused();
  await compose(page, ['j', 'ik'], '自述');
  await expect(title).toHaveValue('前僱員自述');
  await page.keyboard.press('Enter');
  await expect(title).not.toBeFocused();

  await compose(page, ['z', 'ung'], '鍾先生');
  await page.keyboard.type('，');
  await compose(page, ['c', 'ang'], '曾任職保密部門。');

  await expectStoredBody(page, webMode, [paragraph(''), caseSection('前僱員自述', '鍾先生，曾任職保密部門。'), paragraph('')]);
});

test('clicking the empty body of a case after typing its title puts the caret in that case', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'en');
  await page.getByLabel('Headline').fill('Harbour ferry fares to rise');
  // The body was never clicked: its caret is still at the start of the article.
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.getByRole('button', { name: 'Insert case section' }).click();
  for (const number of [1, 2]) {
    await page.getByLabel(`Title of Case ${number}`).click();
    await page.keyboard.type(`Operator ${number}`);
    // A person's click: the button stays down for a moment.
    await page.getByRole('group', { name: `Case ${number}: Operator ${number}` }).locator('p').click({ delay: 120 });
    await page.keyboard.type(`Text of case ${number}.`);
  }
  await expectStoredBody(page, webMode, [paragraph(''), caseSection('Operator 1', 'Text of case 1.'), caseSection('Operator 2', 'Text of case 2.'), paragraph('')]);
});

test('leaving the last case by keyboard: Enter on its empty last paragraph, or Ctrl+Enter anywhere in a case', async ({ page, webMode }) => {
  await newArticle(page, webMode, 'en');
  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.getByLabel('Title of Case 1').fill('Star Ferry');
  await page.getByLabel('Title of Case 1').press('Enter');
  await page.keyboard.type('The operator said fuel costs had doubled.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the cases.');

  await page.getByRole('button', { name: 'Insert case section' }).click();
  await page.getByLabel('Title of Case 2').fill('Sun Ferry');
  await page.getByLabel('Title of Case 2').press('Enter');
  await page.keyboard.type('A second operator followed.');
  await page.keyboard.press('Home');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.type('The end.');

  await expectStoredBody(page, webMode, [
    paragraph(''),
    caseSection('Star Ferry', 'The operator said fuel costs had doubled.'),
    paragraph('After the cases.'),
    caseSection('Sun Ferry', 'A second operator followed.'),
    paragraph('The end.'),
  ]);
});

const interfaces = [
  { ui: 'en', newArticle: 'New article', language: 'Language', body: 'Article body', insert: 'Insert case section', title: 'Title of 案例二', problem: '案例二 has no text: write the case or delete it.' },
  { ui: 'zh-Hant', newArticle: '新增稿件', language: '語言', body: '正文', insert: '插入案例段落', title: '案例二標題', problem: '「案例二」未有內文：請撰寫案例內容或刪除該案例。' },
] as const;

for (const labels of interfaces) {
  test(`the case flow in the ${labels.ui} interface: the checklist names the empty case as the editor does`, async ({ page, webMode }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openApp(page, webMode);
    await page.getByLabel('Interface language').selectOption(labels.ui);
    await page.getByRole('button', { name: labels.newArticle }).click();
    // The drafts list has a Language filter too: wait for the article screen before choosing.
    await expect(page.getByRole('textbox', { name: labels.body })).toBeVisible();
    // A Chinese article in either interface: the cases are 案例一, 案例二 in the editor and the checklist.
    await page.getByLabel(labels.language, { exact: true }).selectOption('zh-Hant');
    await page.getByRole('textbox', { name: labels.body }).click();
    await page.keyboard.type('三名前僱員講述經歷。');
    for (const title of ['前僱員自述', '承辦商回應']) {
      await page.getByRole('button', { name: labels.insert }).click();
      await page.keyboard.press('Backspace');
      await page.keyboard.type(title);
      if (title === '前僱員自述') {
        await page.keyboard.press('Enter');
        await page.keyboard.type('鍾先生曾在保密部門工作十年。');
      }
    }
    await expect(page.getByLabel(labels.title)).toHaveValue('承辦商回應');
    await expect(page.locator('.case-section__label')).toHaveText(['案例一：', '案例二：']);
    await expect(page.getByRole('button', { name: labels.problem })).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: test.info().outputPath(`case-flow-${labels.ui}.png`), fullPage: true });
  });
}

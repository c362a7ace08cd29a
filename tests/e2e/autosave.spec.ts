import type { Browser, Page } from '@playwright/test';
import type { Article } from '../../shared/article';
import { expect, openApp, test, type WebMode } from './fixtures/web-mode';

// Six seconds of typing, a restart of web mode, and a reopen: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** Opens a new article with its body focused; returns the draft's id (from the address). */
async function newArticleBody(page: Page, webMode: WebMode): Promise<string> {
  await openApp(page, webMode);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  const id = /#\/article\/(.+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

/**
 * Types `text` one character at a time, never pausing longer than `gapMs`, for at least
 * `forMs`; returns when each prefix was delivered to the page.
 */
async function typeSteadily(page: Page, text: string, forMs: number, gapMs = 40): Promise<{ typed: string; log: { at: number; length: number }[] }> {
  const log: { at: number; length: number }[] = [];
  const startedAt = Date.now();
  let typed = '';
  for (let index = 0; Date.now() - startedAt < forMs; index += 1) {
    const character = text[index % text.length] ?? ' ';
    await page.keyboard.type(character);
    typed += character;
    log.push({ at: Date.now(), length: typed.length });
    await page.waitForTimeout(gapMs);
  }
  return { typed, log };
}

/** The body's text as the desk has it on disk, read the way the UI reads it. */
async function bodyOnDisk(page: Page, webMode: WebMode, id: string): Promise<string> {
  const answer = await (await page.request.post(`${webMode.origin}/desk/drafts/get`, { data: { id } })).json();
  const draft: Article = answer.value;
  return (draft.body.content ?? [])
    .flatMap((block) => ('content' in block && Array.isArray(block.content) ? block.content : []))
    .map((inline) => ('text' in inline && typeof inline.text === 'string' ? inline.text : ''))
    .join('');
}

async function reopen(browser: Browser, webMode: WebMode, id: string): Promise<Page> {
  const page = await browser.newPage();
  await openApp(page, webMode);
  await page.goto(`${webMode.origin}/#/article/${id}`);
  return page;
}

/** Types for 6 s without a pause, closes the tab as a person does, and checks every character. */
async function closeRightAfterTyping(browser: Browser, webMode: WebMode, text: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const id = await newArticleBody(page, webMode);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  const { typed } = await typeSteadily(page, text, 6000);
  // As a person closes the tab: beforeunload, then pagehide — no time for anything asynchronous.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => (context.pages().length === 0 ? 'closed' : 'open')).toBe('closed');
  // The keepalive save needed no "leave page?" prompt.
  expect(dialogs).toEqual([]);

  const check = await context.newPage();
  await openApp(check, webMode);
  await expect.poll(() => bodyOnDisk(check, webMode, id), { timeout: 5000 }).toBe(typed);
  await check.goto(`${webMode.origin}/#/article/${id}`);
  await expect(check.getByRole('textbox', { name: 'Article body' })).toHaveText(typed);
  await context.close();
}

test('typing for 6 s without a pause and closing the tab at once: every character is saved', async ({ browser, webMode }) => {
  await closeRightAfterTyping(browser, webMode, 'Fares will rise by ten per cent next month, the operator says. ');
});

test('the same in Chinese: every character typed before closing the tab is saved', async ({ browser, webMode }) => {
  await closeRightAfterTyping(browser, webMode, '天星小輪明年一月起加價一成，營辦商指燃油成本上升。');
});

test('killing the desk while someone types loses at most the last 3 s of typing', async ({ browser, page, webMode }) => {
  const id = await newArticleBody(page, webMode);
  const { typed, log } = await typeSteadily(page, 'Harbour ferry fares to rise in January. ', 6500);
  const killedAt = Date.now();
  await webMode.crashAndRestart();

  const after = await reopen(browser, webMode, id);
  const saved = await bodyOnDisk(after, webMode, id);
  // What was saved is exactly what was typed up to some moment: nothing garbled or reordered.
  expect(typed.startsWith(saved)).toBe(true);
  // Everything typed more than 3 s before the kill is there.
  const typedBy = (at: number) => log.filter((entry) => entry.at <= at).at(-1)?.length ?? 0;
  expect(saved.length).toBeGreaterThanOrEqual(typedBy(killedAt - 3000));
  const savedBy = log.find((entry) => entry.length >= saved.length)?.at ?? killedAt;
  const lost = `${killedAt - savedBy} ms (${typed.length - saved.length} of ${typed.length} characters)`;
  test.info().annotations.push({ type: 'typing lost to the crash', description: lost });
  console.log(`typing lost to the SIGKILL: ${lost}`);
  await expect(after.getByRole('textbox', { name: 'Article body' })).toHaveText(saved);
  await after.close();
});

test('a draft too large for a keepalive save asks before the tab closes, and stops asking once saved', async ({ page, webMode }) => {
  await newArticleBody(page, webMode);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    // Stay on the page, as a person who reads "leave page?" would.
    void dialog.dismiss();
  });
  // About 75 KiB of UTF-8, pasted at once: more than a keepalive request may carry.
  await page.keyboard.insertText('長篇報道的最後一段。'.repeat(2_500));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // Everything is written: the tab now closes without a question.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});

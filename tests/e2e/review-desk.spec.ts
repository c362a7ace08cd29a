import sharp from 'sharp';
import { noSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/web-mode';
import { startNewsroomServerProcess } from './fixtures/newsroom-server';
import { deskPassword, signedInDesk } from './fixtures/signed-in-desk';

// Three processes (two desks and a newsroom) and many steps on a two-core machine.
test.setTimeout(300_000);

const password = deskPassword;


test('the chief editor’s review desk: the queue, what changed, a return with a note the reporter sees, approve and publish; people for the admin', async ({ browser }) => {
  const server = await startNewsroomServerProcess();
  server.createUser('chan-mei', 'Chan Mei', 'reporter', password);
  server.createUser('lee', 'Lee Ka-yan', 'chief_editor', password);
  server.createUser('boss', 'Ho Wing', 'admin', password);
  const reporter = await signedInDesk(browser, server, 'chan-mei');
  const chief = await signedInDesk(browser, server, 'lee');
  try {
    // The reporter writes a complete article and submits it.
    const page = reporter.page;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('combobox', { name: 'Tags' }).fill('transport,');
    await page.getByLabel('Headline').fill('Harbour ferry fares to rise');
    await page.getByLabel('Section').selectOption('hong-kong');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Set lead image' }).click();
    await (await chooser).setFiles({ name: 'ferry.png', mimeType: 'image/png', buffer: await sharp({ create: { width: 480, height: 320, channels: 3, background: '#2e7d5b' } }).png().toBuffer() });
    const lead = page.getByRole('region', { name: 'Lead image' });
    await lead.getByLabel('Caption').fill('A ferry at Central Pier.');
    await lead.getByLabel('Credit').fill('(File Photo)');
    await lead.getByLabel('Alt text').fill('Green and white ferry at a pier');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Fares will rise by 5 per cent.');
    const bar = page.getByRole('region', { name: 'Newsroom' });
    await bar.getByRole('button', { name: 'Submit for review' }).click();
    await expect(bar).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });
    const lee = (await (await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'lee', password }) })).json()) as { token: string };
    const statuses = async () => {
      const listed = (await (await fetch(`${server.url}/api/articles?limit=10`, { headers: { authorization: `Bearer ${lee.token}` } })).json()) as { items: { status: string }[] };
      return listed.items.map((item) => item.status);
    };
    await expect.poll(statuses, { timeout: 30_000 }).toEqual(['in_review']);

    // The chief editor's home is the review desk.
    const desk = chief.page;
    await desk.reload();
    await expect(desk.getByRole('heading', { name: 'Review desk' })).toBeVisible();
    await expect(desk.getByRole('tab', { name: 'Waiting for review (1)' })).toHaveAttribute('aria-selected', 'true');
    await desk.screenshot({ path: test.info().outputPath('review-queue-en.png') });
    await noSeriousViolations(desk, '.review-screen');
    await desk.getByRole('list', { name: 'Articles in Waiting for review' }).getByRole('link', { name: 'Harbour ferry fares to rise' }).click();
    await expect(desk.getByRole('heading', { name: 'What changed since it was submitted' })).toBeVisible();
    await expect(desk.getByText('Nothing changed since then.')).toBeVisible();

    // Request changes needs a note: refused on the desk before anything is sent.
    await desk.getByRole('button', { name: 'Request changes' }).click();
    await expect(desk.getByRole('alert')).toHaveText('Write a note first: the reporter is told what to change.');
    await desk.getByLabel('Note to the reporter').fill('Add the operator’s response.');
    await desk.getByRole('button', { name: 'Request changes' }).click();
    await expect(desk.getByText('Returned to the reporter with your note.')).toBeVisible();

    // The reporter sees it returned, with the note, and is notified: pushed from the newsroom's event
    // stream, well before the minute's pull or the notification count's fallback timer.
    await expect(page.getByRole('region', { name: 'Newsroom' })).toContainText('Returned by the editor: “Add the operator’s response.”', { timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'Notifications (1)' })).toBeVisible({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Notifications (1)' }).click();
    await expect(page.getByRole('list', { name: 'Notifications, newest first' })).toContainText('Lee Ka-yan returned “Harbour ferry fares to rise”');
    await page.screenshot({ path: test.info().outputPath('notifications-en.png') });
    await noSeriousViolations(page, '.notifications-screen');
    // Clicking the notification opens her draft.
    await page.getByRole('link', { name: 'Lee Ka-yan returned “Harbour ferry fares to rise”' }).click();
    await expect(page.getByLabel('Headline')).toHaveValue('Harbour ferry fares to rise');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' The operator said fuel costs had doubled.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.getByRole('region', { name: 'Newsroom' }).getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('region', { name: 'Newsroom' })).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });

    // The chief sees what changed since submission, approves the revision on screen and publishes.
    await desk.reload();
    await expect(desk.getByRole('list', { name: /^Changes since revision/ })).toContainText('The operator said fuel costs had doubled.');
    await desk.screenshot({ path: test.info().outputPath('review-article-en.png'), fullPage: true });
    await noSeriousViolations(desk, '.review-article');
    await desk.getByRole('button', { name: 'Approve' }).click();
    await expect(desk.getByText('Approved.', { exact: true })).toBeVisible();
    await desk.getByRole('button', { name: 'Publish now' }).click();
    await expect(desk.getByText('Published.', { exact: true })).toBeVisible();
    await expect(desk.getByRole('link', { name: 'Open the public page' })).toHaveAttribute('href', `${server.url}/articles/harbour-ferry-fares-to-rise`);
    // She comes back to her window: the desk pulls, and the article shows as published.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.getByRole('region', { name: 'Newsroom' })).toContainText('Published', { timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Newsroom' }).getByRole('link', { name: 'Open the public page' })).toHaveAttribute('href', /^http/);
    await page.screenshot({ path: test.info().outputPath('sync-published-en.png') });

    // In Chinese: the queues and counts.
    await desk.getByRole('link', { name: 'Back to the review desk' }).click();
    await desk.getByLabel('Interface language').selectOption('zh-Hant');
    await desk.getByRole('tab', { name: '今日已發佈（1）' }).click();
    await expect(desk.getByRole('list', { name: '「今日已發佈」中的稿件' })).toContainText('Harbour ferry fares to rise');
    await desk.screenshot({ path: test.info().outputPath('review-queue-zh-Hant.png') });
  } finally {
    await reporter.close();
    await chief.close();
  }

  // The administrator adds a colleague; the password is shown once and signs in.
  const admin = await signedInDesk(browser, server, 'boss');
  try {
    const page = admin.page;
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Username').fill('wong');
    await page.getByLabel('Name', { exact: true }).fill('Wong Siu-ming');
    await page.getByRole('button', { name: 'Create the account' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'Password for wong' });
    await expect(shown).toBeVisible();
    const generated = (await shown.locator('.people-password').textContent()) ?? '';
    const signIn = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wong', password: generated }) });
    expect(signIn.status).toBe(201);
    await expect(page.getByRole('list', { name: 'Accounts' })).toContainText('Wong Siu-ming');
    await page.screenshot({ path: test.info().outputPath('people-en.png') });
    await noSeriousViolations(page, '.people-screen');
    await page.getByLabel('Interface language').selectOption('zh-Hant');
    await expect(page.getByRole('heading', { name: '人員' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('people-zh-Hant.png') });
  } finally {
    await admin.close();
    await server.close();
  }
});

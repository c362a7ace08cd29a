import { expect, test } from './fixtures/web-mode';
import { startNewsroomServerProcess, type NewsroomServerProcess } from './fixtures/newsroom-server';
import { deskPassword, signedInDesk } from './fixtures/signed-in-desk';

// Two web-mode desks and a newsroom server of their own, each a process, on a two-core machine.
test.setTimeout(240_000);

const password = deskPassword;


async function api(server: NewsroomServerProcess, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
}

test('two desks on one newsroom: a submit waits out a server outage and arrives once; an editor’s edit of the same paragraph is settled in the merge view', async ({ browser }) => {
  const server = await startNewsroomServerProcess();
  server.createUser('chan-mei', 'Chan Mei', 'reporter', password);
  server.createUser('wong', 'Wong Siu-ming', 'reporter', password);
  server.createUser('lee', 'Lee Ka-yan', 'chief_editor', password);
  const chan = await signedInDesk(browser, server, 'chan-mei');
  const wong = await signedInDesk(browser, server, 'wong');
  try {
    const page = chan.page;
    await expect(page.getByRole('link', { name: 'Chan Mei · Reporter' })).toBeVisible();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Harbour ferry fares to rise');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await page.keyboard.type('Fares will rise by 5 per cent.');
    const bar = page.getByRole('region', { name: 'Newsroom' });
    await expect(bar).toContainText('Only on this computer');

    // The newsroom goes down just as she submits: the jobs wait and say why.
    await server.stop();
    await bar.getByRole('button', { name: 'Submit for review' }).click();
    await expect(bar).toContainText(/Waiting to send \(the article\): (the newsroom cannot be reached|trying again)/, { timeout: 30_000 });
    await page.screenshot({ path: test.info().outputPath('sync-waiting-offline-en.png') });
    await server.start();
    await expect(bar).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });
    await page.screenshot({ path: test.info().outputPath('sync-sent-en.png') });

    // Exactly one article, submitted once.
    const lee = (await (await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'lee', password }) })).json()) as { token: string };
    const listed = (await (await api(server, lee.token, '/api/articles?limit=100')).json()) as { items: { id: string; headline: string; status: string; revision: number }[] };
    const hers = listed.items.filter((item) => item.headline === 'Harbour ferry fares to rise');
    expect(hers).toHaveLength(1);
    expect(hers[0]?.status).toBe('in_review');
    const history = (await (await api(server, lee.token, `/api/articles/${hers[0]?.id}/history`)).json()) as { items: { action: string }[] };
    expect(history.items.map((item) => item.action)).toEqual(['create', 'submit']);

    // The second desk, another reporter, submits his own story to the same newsroom.
    await wong.page.getByRole('button', { name: 'New article' }).click();
    await wong.page.getByLabel('Headline').fill('Tram fares frozen');
    await wong.page.getByRole('textbox', { name: 'Article body' }).click();
    await wong.page.keyboard.type('Tram fares stay as they are.');
    await wong.page.getByRole('region', { name: 'Newsroom' }).getByRole('button', { name: 'Submit for review' }).click();
    await expect(wong.page.getByRole('region', { name: 'Newsroom' })).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });

    // The chief editor changes the paragraph on the newsroom while she changes it on her desk.
    const id = hers[0]?.id ?? '';
    const current = (await (await api(server, lee.token, `/api/articles/${id}`)).json()) as Record<string, unknown> & { revision: number };
    const { slug, language, section, headline, standfirst, byline, dateline, leadImage, tags, topics, relatedLinks } = current;
    const theirs = { slug, language, section, headline, standfirst, byline, dateline, leadImage, tags, topics, relatedLinks, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fares will rise by 6 per cent, the operator said.' }] }] } };
    const saved = await api(server, lee.token, `/api/articles/${id}`, { method: 'PUT', headers: { 'if-match': `"${current.revision}"` }, body: JSON.stringify({ content: theirs }) });
    expect(saved.status).toBe(200);

    await body.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Fares will rise by 5 per cent from January.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await bar.getByRole('button', { name: 'Send changes' }).click();
    await expect(bar).toContainText('Changed here and on the newsroom: 1 to settle', { timeout: 60_000 });
    await bar.getByRole('button', { name: 'Settle the changes…' }).click();
    const merge = page.getByRole('region', { name: 'Changed here and on the newsroom' });
    await expect(merge.getByRole('region', { name: 'Body, part 1: Mine' })).toContainText('5 per cent from January');
    await expect(merge.getByRole('region', { name: 'Body, part 1: Theirs' })).toContainText('6 per cent, the operator said');
    await expect(merge.getByRole('button', { name: 'Apply these choices' })).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('merge-view-en.png'), fullPage: true });
    await merge.getByRole('group', { name: 'Body, part 1' }).getByLabel('Keep both').check();
    await merge.getByRole('button', { name: 'Apply these choices' }).click();
    await expect(body).toContainText('5 per cent from January');
    await expect(body).toContainText('6 per cent, the operator said');
    await bar.getByRole('button', { name: 'Send changes' }).click();
    await expect(bar).toContainText(/Sent, at revision \d+/, { timeout: 60_000 });
    const after = (await (await api(server, lee.token, `/api/articles/${id}`)).json()) as { body: unknown };
    expect(JSON.stringify(after.body)).toContain('5 per cent from January');
    expect(JSON.stringify(after.body)).toContain('6 per cent, the operator said');
  } finally {
    await chan.close();
    await wong.close();
    await server.close();
  }
});

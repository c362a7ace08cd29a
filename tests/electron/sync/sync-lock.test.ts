/**
 * The soft lock through the sync handlers, against the real server: a takeover by the chief
 * editor turns this desk's lock into `lost` (by whom), and the reporter's unsent change then
 * meets the editor's revision as a merge, not a loss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyContent } from '../../server/helpers/article-fixtures';
import { FakeClock } from '../outbox/fake-clock';
import { connectionTo, contentOf, editOnServer, openDesk, serverArticle, startNewsroom, tempDir } from './sync-helpers';
import type { Newsroom } from './sync-helpers';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
}, 60_000);
afterAll(async () => newsroom?.close());

describe('soft lock through the sync engine', () => {
  it('a takeover by someone else → lost, by whom; the unsent change becomes a merge', async () => {
    const folder = await tempDir();
    const clock = new FakeClock();
    clock.time = Date.now();
    const opened = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter), clock);
    try {
      const handlers = opened.sync.handlers();
      const draft = await opened.drafts.create('en');
      expect(await handlers['sync:lock']({ draftId: draft.id, takeOver: false })).toEqual({ state: 'none' });
      await opened.drafts.save(draft.id, { ...readyContent('Lock story'), leadImage: null });
      await handlers['sync:submit']({ draftId: draft.id });
      await opened.sync.engine.settled();
      const serverId = opened.sync.engine.records.get(draft.id)?.serverId ?? '';
      expect(await handlers['sync:lock']({ draftId: draft.id, takeOver: false })).toMatchObject({ state: 'held', lock: { holder: { username: 'chan-mei' }, mine: true } });

      const takeover = await fetch(`${newsroom.baseUrl}/api/articles/${serverId}/lock`, { method: 'POST', headers: { authorization: `Bearer ${newsroom.editor}`, 'content-type': 'application/json' }, body: JSON.stringify({ takeOver: true }) });
      expect(takeover.status).toBeLessThan(300);
      await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), headline: 'Edited by the chief' }));
      // The next renewal finds the lock gone.
      while (clock.nextTimerAt() !== undefined && (await handlers['sync:lockState']({ draftId: draft.id })).state === 'held') {
        clock.fireNext();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await handlers['sync:lockState']({ draftId: draft.id })).toEqual({ state: 'lost', by: { username: 'lee', displayName: 'Lee Ka-yan' } });

      const mine = contentOf(await opened.drafts.get(draft.id));
      await opened.drafts.save(draft.id, { ...mine, standfirst: 'Written while the lock was lost' });
      await handlers['sync:send']({ draftId: draft.id });
      await opened.sync.engine.settled();
      const article = await serverArticle(newsroom, serverId);
      expect(article.headline).toBe('Edited by the chief');
      expect(article.standfirst).toBe('Written while the lock was lost');
    } finally {
      await opened.close();
      await folder.remove();
    }
  });
});

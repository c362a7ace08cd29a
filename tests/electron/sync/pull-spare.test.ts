/**
 * The desk's own timed pull leaves a draft open in an editor to the page (which writes the
 * editor's text first and reloads after): against the real server, a spared draft is untouched
 * and still comes in at the next pull that does not spare it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyContent } from '../../server/helpers/article-fixtures';
import { connectionTo, contentOf, editOnServer, openDesk, startNewsroom, tempDir } from './sync-helpers';
import type { Newsroom } from './sync-helpers';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
}, 60_000);
afterAll(async () => newsroom?.close());

describe('pulls and drafts open in an editor', () => {
  it('a spared draft keeps its text; the next pull without sparing takes the newsroom’s revision in', async () => {
    const folder = await tempDir();
    const opened = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
    try {
      const handlers = opened.sync.handlers();
      const draft = await opened.drafts.create('en');
      await opened.drafts.save(draft.id, { ...readyContent('Spared story'), leadImage: null });
      await handlers['sync:submit']({ draftId: draft.id });
      await opened.sync.engine.settled();
      const serverId = opened.sync.engine.records.get(draft.id)?.serverId ?? '';
      await opened.sync.pull.pull();
      await editOnServer(newsroom, serverId, (content) => ({ ...contentOf(content), standfirst: 'Added by the chief editor' }));

      // Open in an editor: the soft lock says so.
      await handlers['sync:lock']({ draftId: draft.id, takeOver: false });
      expect(opened.sync.locks.isOpen(draft.id)).toBe(true);
      const spared = await opened.sync.pull.pull({ spare: (id) => opened.sync.locks.isOpen(id) });
      expect(spared.updated).toEqual([]);
      expect((await opened.drafts.get(draft.id)).standfirst).not.toBe('Added by the chief editor');

      // The page's own pull (or the timer once the editor let go) takes it in.
      await handlers['sync:unlock']({ draftId: draft.id });
      expect(opened.sync.locks.isOpen(draft.id)).toBe(false);
      const taken = await opened.sync.pull.pull({ spare: (id) => opened.sync.locks.isOpen(id) });
      expect(taken.updated).toEqual([draft.id]);
      expect((await opened.drafts.get(draft.id)).standfirst).toBe('Added by the chief editor');
    } finally {
      await opened.close();
      await folder.remove();
    }
  });
});

/**
 * The reporter asks the photo desk for pictures from the desk: against the real server, the
 * article appears in the photo desk's queue with the note; a draft the newsroom lacks is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../../shared/result';
import { createUser } from '../../../server/users/user-commands';
import { readyContent } from '../../server/helpers/article-fixtures';
import { connectionTo, openDesk, startNewsroom, tempDir } from './sync-helpers';
import type { Newsroom } from './sync-helpers';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
  await createUser(newsroom.database.db, { username: 'photo', displayName: 'Photo Desk', role: 'photo_editor', password: 'correct horse battery' });
}, 60_000);
afterAll(async () => newsroom?.close());

async function photoQueue(): Promise<Array<{ id: string; requestNote: string | null }>> {
  const session = await fetch(`${newsroom.baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'photo', password: 'correct horse battery' }) });
  const { token } = (await session.json()) as { token: string };
  const response = await fetch(`${newsroom.baseUrl}/api/photos/queue`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { items: Array<{ id: string; requestNote: string | null }> }).items;
}

describe('asking the photo desk from the article', () => {
  it('flags a sent draft with the note; the photo desk’s queue lists it', async () => {
    const folder = await tempDir();
    const opened = await openDesk(folder.dir, connectionTo(newsroom.baseUrl, newsroom.reporter));
    try {
      const handlers = opened.sync.handlers();
      const draft = await opened.drafts.create('zh-Hant');
      await opened.drafts.save(draft.id, { ...readyContent('渡輪加價'), leadImage: null });
      // Not on the newsroom yet: nothing the photo desk could see.
      await expect(handlers['sync:requestPhotos']({ draftId: draft.id, needsPhotos: true })).rejects.toThrow(DeskError);
      await handlers['sync:submit']({ draftId: draft.id });
      await opened.sync.engine.settled();
      const serverId = opened.sync.engine.records.get(draft.id)?.serverId ?? '';
      expect(await handlers['sync:requestPhotos']({ draftId: draft.id, needsPhotos: true, note: '需要碼頭排隊的相片' })).toEqual({ serverId, needsPhotos: true });
      expect((await photoQueue()).find((item) => item.id === serverId)).toMatchObject({ requestNote: '需要碼頭排隊的相片' });
      expect(await handlers['sync:requestPhotos']({ draftId: draft.id, needsPhotos: false })).toEqual({ serverId, needsPhotos: false });
      expect((await photoQueue()).some((item) => item.id === serverId)).toBe(false);
    } finally {
      await opened.close();
      await folder.remove();
    }
  });
});

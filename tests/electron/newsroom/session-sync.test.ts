/**
 * The sync engine sending through the desk's real NewsroomSession: a session that ends while
 * jobs wait never costs them; signing in again sends each one once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsroomSession } from '../../../electron/desk/newsroom/newsroom-session';
import { memoryVault } from '../../../electron/desk/newsroom/token-vault';
import { readyContent } from '../../server/helpers/article-fixtures';
import { historyActions, openDesk, startNewsroom, type Newsroom } from '../sync/sync-helpers';

describe('sending through the NewsroomSession', () => {
  let newsroom: Newsroom;
  let dir = '';
  beforeAll(async () => {
    newsroom = await startNewsroom();
    dir = await mkdtemp(join(tmpdir(), 'copydesk-session-sync-'));
  });
  afterAll(async () => {
    await newsroom?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a session revoked before the submit: the jobs wait “signed out”, and after signing in again the article arrives once', async () => {
    const session = new NewsroomSession({ dataDir: dir, vault: memoryVault('web_mode'), defaultServerUrl: () => newsroom.baseUrl });
    await session.open();
    const desk = await openDesk(dir, session);
    try {
      await session.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
      const draft = await desk.drafts.create('en');
      await desk.drafts.save(draft.id, readyContent('Tram fares frozen'));
      // The newsroom ends her sessions (an administrator's revoke, an expiry).
      const her = await newsroom.database.db.selectFrom('users').select('id').where('username', '=', 'chan-mei').executeTakeFirstOrThrow();
      await newsroom.database.db.deleteFrom('sessions').where('user_id', '=', her.id).execute();
      await desk.sync.engine.submit(draft.id);
      await desk.sync.engine.settled();
      expect(await desk.sync.engine.state(draft.id)).toMatchObject({ state: 'waiting', reason: 'signed_out' });
      expect((await session.state()).status).toBe('expired');
      expect(await newsroom.database.db.selectFrom('articles').select('id').execute()).toHaveLength(0);

      await session.signIn({ serverUrl: newsroom.baseUrl, username: 'chan-mei', password: 'correct horse battery' });
      await expect.poll(async () => (await desk.sync.engine.state(draft.id)).state, { timeout: 15_000 }).toBe('sent');
      const articles = await newsroom.database.db.selectFrom('articles').select('id').execute();
      expect(articles).toHaveLength(1);
      expect(await historyActions(newsroom, articles[0]?.id ?? '')).toEqual(['create', 'submit']);
    } finally {
      await desk.close();
    }
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ArticleContent, DocNode } from '../../../shared/article';
import { serverArticleSchema } from '../../../shared/server-api';
import type { ServerArticle } from '../../../shared/server-api';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import type { OutboxClock } from '../../../electron/desk/outbox/outbox-clock';
import { SyncService } from '../../../electron/desk/sync/sync-service';
import type { SyncConnection } from '../../../electron/desk/sync/sync-transport';
import { buildServerApp } from '../../../server/app';
import { localMediaStorage } from '../../../server/media/local-media-storage';
import { createUser } from '../../../server/users/user-commands';
import { openTestDatabase } from '../../server/helpers/test-database';
import type { TestDatabase } from '../../server/helpers/test-database';
import { testJpeg } from '../../server/helpers/test-images';
import { httpTestTransport, testConnection } from '../outbox/http-test-transport';

export interface Newsroom {
  database: TestDatabase;
  app: FastifyInstance;
  baseUrl: string;
  reporter: string;
  editor: string;
  close(): Promise<void>;
}

async function signIn(baseUrl: string, username: string): Promise<string> {
  const session = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'correct horse battery' }) });
  return ((await session.json()) as { token: string }).token;
}

/** The project's real server on loopback, with a reporter (Chan Mei) and a chief editor (Lee Ka-yan). */
export async function startNewsroom(): Promise<Newsroom> {
  const database = await openTestDatabase('sqlite');
  const app = await buildServerApp({ db: database.db, media: localMediaStorage(join(database.dataDir, 'media')) });
  await createUser(database.db, { username: 'chan-mei', displayName: 'Chan Mei', role: 'reporter', password: 'correct horse battery' });
  await createUser(database.db, { username: 'lee', displayName: 'Lee Ka-yan', role: 'chief_editor', password: 'correct horse battery' });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    database,
    app,
    baseUrl,
    reporter: await signIn(baseUrl, 'chan-mei'),
    editor: await signIn(baseUrl, 'lee'),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export function connectionTo(baseUrl: string, token: string): SyncConnection {
  return testConnection(httpTestTransport(baseUrl, token));
}

export interface TestDesk {
  dir: string;
  drafts: DraftStore;
  sync: SyncService;
  close(): Promise<void>;
}

export async function openDesk(dir: string, connection: SyncConnection, clock?: OutboxClock): Promise<TestDesk> {
  const drafts = new DraftStore(dir);
  await drafts.open();
  const sync = new SyncService({ dataDir: dir, drafts, connection, pullEveryMs: 3_600_000, siteUrl: () => 'https://news.example.hk/', ...(clock ? { clock } : {}) });
  await sync.open();
  sync.start();
  return {
    dir,
    drafts,
    sync,
    async close() {
      await sync.close();
      await drafts.close();
    },
  };
}

export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-sync-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Puts an image into the desk's media library as the intake would keep its original. */
export async function addLocalImage(dir: string, mediaId: string, width = 64): Promise<void> {
  await mkdir(join(dir, 'media', mediaId), { recursive: true });
  await writeFile(join(dir, 'media', mediaId, 'original.jpg'), await testJpeg({ width, height: 48 }));
}

export function paragraph(text: string): DocNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

export function caseSection(title: string, text: string): DocNode {
  return { type: 'caseSection', attrs: { title }, content: [paragraph(text)] };
}

export async function serverArticle(newsroom: Newsroom, id: string): Promise<ServerArticle> {
  const response = await fetch(`${newsroom.baseUrl}/api/articles/${id}`, { headers: { authorization: `Bearer ${newsroom.editor}` } });
  return serverArticleSchema.parse(await response.json());
}

/** Someone else (the chief editor) saves a new revision on the newsroom. */
export async function editOnServer(newsroom: Newsroom, id: string, change: (content: ArticleContent) => ArticleContent): Promise<ServerArticle> {
  const current = await serverArticle(newsroom, id);
  const response = await fetch(`${newsroom.baseUrl}/api/articles/${id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${newsroom.editor}`, 'content-type': 'application/json', 'if-match': `"${current.revision}"` },
    body: JSON.stringify({ content: change(current) }),
  });
  if (!response.ok) throw new Error(`The editor's save failed: ${response.status} ${await response.text()}`);
  return serverArticleSchema.parse(await response.json());
}

export async function historyActions(newsroom: Newsroom, id: string): Promise<string[]> {
  const response = await fetch(`${newsroom.baseUrl}/api/articles/${id}/history`, { headers: { authorization: `Bearer ${newsroom.editor}` } });
  return ((await response.json()) as { items: { action: string }[] }).items.map((item) => item.action);
}

export async function mediaRows(newsroom: Newsroom): Promise<number> {
  const rows = await newsroom.database.db.selectFrom('media').select('id').execute();
  return rows.length;
}

export function contentOf(article: ArticleContent): ArticleContent {
  const { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks } = article;
  return { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks };
}

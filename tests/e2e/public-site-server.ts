import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ArticleContent } from '../../shared/article';
import { emptyArticleContent } from '../../shared/article';
import type { MediaResponse, ServerArticle } from '../../shared/server-api';
import { mediaResponseSchema, serverArticleSchema } from '../../shared/server-api';
import { migrateToLatest } from '../../server/db/migrate-to-latest';
import { openDatabase } from '../../server/db/open-database';
import type { StaticExportSettings } from '../../server/public-site/static/static-export-settings';
import type { PublicSiteConfig } from '../../server/public-site/public-site-config';
import { startNewsroomServer } from '../../server/start-server';
import { createUser } from '../../server/users/user-commands';

const password = 'public site end to end';

export interface PublicSiteServer {
  url: string;
  dataDir: string;
  publish(content: ArticleContent): Promise<ServerArticle>;
  unpublish(article: ServerArticle, reason: string): Promise<ServerArticle>;
  /** Adds a section to the newsroom's list (as an admin), so articles may be filed under it. */
  addSection(slug: string, names: { en: string; 'zh-Hant': string }): Promise<void>;
  uploadJpeg(): Promise<MediaResponse>;
  close(): Promise<void>;
}

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') throw new Error('no token');
  return body.token;
}

export interface PublicSiteServerOptions {
  /** Export the public site as files (for nginx), as `npm run server` does with COPYDESK_STATIC_ROOT. */
  staticExport?: (dataDir: string) => StaticExportSettings;
  /** The public site's settings (e.g. a small page size, so listings have archive pages). */
  publicSite?: Partial<PublicSiteConfig>;
}

/** A real newsroom server on a temp folder (SQLite), with a reporter and a chief editor. */
export async function startPublicSiteServer(options: PublicSiteServerOptions = {}): Promise<PublicSiteServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-public-e2e-'));
  const setup = openDatabase({ sqliteFile: join(dataDir, 'newsroom.sqlite') });
  await migrateToLatest(setup.db, { info: () => {} });
  await createUser(setup.db, { username: 'reporter', displayName: 'Reporter', role: 'reporter', password });
  await createUser(setup.db, { username: 'chief', displayName: 'Chief Editor', role: 'chief_editor', password });
  await createUser(setup.db, { username: 'admin', displayName: 'Admin', role: 'admin', password });
  await setup.db.destroy();
  const server = await startNewsroomServer({ dataDir, host: '127.0.0.1', port: 0, logger: false, ...(options.publicSite ? { publicSite: options.publicSite } : {}), ...(options.staticExport ? { staticExport: options.staticExport(dataDir) } : {}) });
  const reporter = await signIn(server.url, 'reporter');
  const chief = await signIn(server.url, 'chief');
  const admin = await signIn(server.url, 'admin');

  async function call(token: string, path: string, body: unknown): Promise<ServerArticle> {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
    return serverArticleSchema.parse(JSON.parse(text));
  }

  return {
    url: server.url,
    dataDir,
    async publish(content) {
      const created = await call(reporter, '/api/articles', { content: { ...emptyArticleContent(content.language), ...content } });
      await call(reporter, `/api/articles/${created.id}/transitions`, { action: 'submit' });
      await call(chief, `/api/articles/${created.id}/transitions`, { action: 'approve', revision: created.revision });
      return call(chief, `/api/articles/${created.id}/transitions`, { action: 'publish', revision: created.revision });
    },
    async unpublish(article, reason) {
      return call(chief, `/api/articles/${article.id}/transitions`, { action: 'unpublish', note: reason });
    },
    async addSection(slug, names) {
      const response = await fetch(`${server.url}/api/sections/${slug}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ names, position: 100 }),
      });
      if (!response.ok) throw new Error(`adding section ${slug} failed: ${response.status} ${await response.text()}`);
    },
    async uploadJpeg() {
      // A harbour-ish picture: sky over water, so the screenshot shows a real image.
      const sky = await sharp({ create: { width: 1800, height: 600, channels: 3, background: { r: 140, g: 190, b: 230 } } }).png().toBuffer();
      const bytes = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 20, g: 90, b: 130 } } })
        .composite([{ input: sky, top: 0, left: 0 }])
        .jpeg()
        .toBuffer();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'harbour.jpg');
      const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { authorization: `Bearer ${reporter}` }, body: form });
      if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
      return mediaResponseSchema.parse(await response.json());
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

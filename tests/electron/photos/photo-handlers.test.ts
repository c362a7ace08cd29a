/**
 * The photo desk's services against the real newsroom server: the queue, IPTC-captioned photos
 * uploaded with their progress and set as the lead image and figures, captions edited, a stale
 * save refused in clear words, the text never touched, and "Photos done" telling the reporter.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaIntake } from '../../../electron/desk/media/media-intake';
import { photoHandlers } from '../../../electron/desk/photos/photo-handlers';
import type { ArticleContent } from '../../../shared/article';
import { serverArticleSchema, type ServerArticle } from '../../../shared/server-api';
import { notificationListResponseSchema } from '../../../shared/server-api-review';
import { createUser } from '../../../server/users/user-commands';
import { readyContent } from '../../server/helpers/article-fixtures';
import { jpegWithIptc } from '../media/jpeg-with-iptc';
import { refusal } from '../helpers/desk-refusal';
import { httpTestTransport, testConnection } from '../outbox/http-test-transport';
import { paragraph, startNewsroom, tempDir, type Newsroom } from '../sync/sync-helpers';


/** The reporter's words, each field by name: what must come back unchanged from the photo desk. */
function textOf(article: ArticleContent) {
  const { slug, language, section, headline, standfirst, byline, dateline, tags, topics, relatedLinks } = article;
  const words = article.body.content.filter((node) => node.type !== 'figure');
  return { slug, language, section, headline, standfirst, byline, dateline, tags, topics, relatedLinks, words };
}

describe('the photo desk on the desk', () => {
  let newsroom: Newsroom;
  let folder: { dir: string; remove(): Promise<void> };
  let intake: MediaIntake;
  let photo: ReturnType<typeof photoHandlers>;

  async function reporter(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<ServerArticle> {
    const response = await fetch(`${newsroom.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${newsroom.reporter}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return serverArticleSchema.parse(await response.json());
  }
  /** A submitted article flagged for the photo desk, as the reporter's desk leaves it. */
  async function flagged(headline: string, note: string, content: Partial<ArticleContent> = {}): Promise<ServerArticle> {
    const created = await reporter('POST', '/api/articles', { content: { ...readyContent(headline), ...content } });
    await reporter('POST', `/api/articles/${created.id}/transitions`, { action: 'submit' });
    return reporter('POST', `/api/articles/${created.id}/needs-photos`, { needsPhotos: true, note });
  }

  beforeAll(async () => {
    newsroom = await startNewsroom();
    folder = await tempDir();
    intake = new MediaIntake(folder.dir);
    await createUser(newsroom.database.db, { username: 'photo', displayName: 'Photo Desk', role: 'photo_editor', password: 'correct horse battery' });
    const session = await fetch(`${newsroom.baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'photo', password: 'correct horse battery' }) });
    const token = ((await session.json()) as { token: string }).token;
    const connection = { ...testConnection(httpTestTransport(newsroom.baseUrl, token)), endpoint: () => ({ baseUrl: newsroom.baseUrl, token }) };
    photo = photoHandlers(connection, intake.folder);
  });
  afterAll(async () => {
    await newsroom?.close();
    await folder?.remove();
  });

  it('lists the flagged articles oldest first, with the reporter’s note', async () => {
    const older = await flagged('Older photo request', 'Need a pier shot');
    const newer = await flagged('Newer photo request', '請拍攝巴士站');
    const queue = await photo['photos:queue']({});
    const mine = queue.items.filter((item) => item.id === older.id || item.id === newer.id);
    expect(mine.map((item) => [item.headline, item.author, item.requestNote])).toEqual([
      ['Older photo request', 'chan-mei', 'Need a pier shot'],
      ['Newer photo request', 'chan-mei', '請拍攝巴士站'],
    ]);
    expect(mine.every((item) => item.requestedAt !== null)).toBe(true);
  });

  it('uploads IPTC-captioned photos with progress, sets the lead image and two figures, edits a caption, and never the text', async () => {
    const article = await flagged('Ferry fares to rise', 'Lead image and two figures please', { leadImage: null });
    const opened = await photo['photos:open']({ serverId: article.id });
    expect(opened.mediaBase).toBe(`${newsroom.baseUrl}/`);
    expect(opened.images.lead).toBeNull();
    expect(opened.images.figures.map((figure) => figure.mediaId)).toEqual(['m_2']);

    const leadFile = await jpegWithIptc({ caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）' }, 'utf-8', true, 1600, 900);
    const lead = await intake.importImage('pier.jpg', leadFile);
    const attached = await photo['photos:attach']({ images: opened.images, target: { kind: 'lead' }, files: [{ mediaId: lead.mediaId, fileName: 'pier.jpg' }] });
    expect(attached.uploads).toEqual([{ mediaId: lead.mediaId, fileName: 'pier.jpg', state: 'done', sentBytes: leadFile.length, totalBytes: leadFile.length }]);
    expect(attached.images.lead).toMatchObject({ caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）', alt: '' });
    const serverLeadId = attached.images.lead?.mediaId ?? '';
    expect(serverLeadId).not.toBe(lead.mediaId);
    // Not published yet: the newsroom shows it only to staff, so the desk fetches it for the screen.
    expect((await fetch(new URL(attached.images.lead?.src ?? '', opened.mediaBase ?? '').href)).status).toBe(404);
    const picture = await photo['photos:picture']({ mediaId: serverLeadId, rendition: 'thumb' });
    const [prefix, base64] = picture.dataUrl.split(',');
    expect(prefix).toBe('data:image/jpeg;base64');
    const jpeg = Buffer.from(base64 ?? '', 'base64');
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect((await sharp(jpeg).metadata()).width).toBe(320);
    expect(await refusal(photo['photos:picture']({ mediaId: 'm_unknown', rendition: 'thumb' }))).toMatchObject({ code: 'not_found' });

    const first = await intake.importImage('ferry-1.jpg', await jpegWithIptc({ caption: 'Passengers queue at Pier 7.', credit: 'Photo: Ho Wing' }, 'utf-8', true, 800, 600));
    const second = await intake.importImage('ferry-2.jpg', await jpegWithIptc({ caption: 'The ferry leaves.' }, 'latin-1', false, 800, 600));
    const withFigures = await photo['photos:attach']({
      images: attached.images,
      target: { kind: 'addFigures' },
      files: [
        { mediaId: first.mediaId, fileName: 'ferry-1.jpg' },
        { mediaId: second.mediaId, fileName: 'ferry-2.jpg' },
      ],
    });
    expect(withFigures.uploads.map((upload) => [upload.fileName, upload.state])).toEqual([['ferry-1.jpg', 'done'], ['ferry-2.jpg', 'done']]);
    expect((await photo['photos:uploads']({})).items.map((upload) => upload.fileName)).toEqual(['ferry-1.jpg', 'ferry-2.jpg']);
    const edited = {
      lead: withFigures.images.lead ? { ...withFigures.images.lead, alt: '黃昏時分停泊在中環碼頭的綠白色渡輪' } : null,
      figures: withFigures.images.figures.map((figure, index) => (index === 2 ? { ...figure, credit: 'Photo: Chan Mei', alt: 'A ferry pulling away' } : figure)),
    };
    const saved = await photo['photos:save']({ serverId: article.id, revision: opened.article.revision, images: edited });

    const fresh = serverArticleSchema.parse(await (await fetch(`${newsroom.baseUrl}/api/articles/${article.id}`, { headers: { authorization: `Bearer ${newsroom.reporter}` } })).json());
    expect(saved.article.revision).toBe(opened.article.revision + 1);
    expect(fresh.revision).toBe(saved.article.revision);
    expect(textOf(fresh)).toEqual(textOf(article));
    expect(fresh.leadImage).toMatchObject({ mediaId: serverLeadId, caption: '中環碼頭的天星小輪，攝於黃昏。', credit: '（資料圖片）', alt: '黃昏時分停泊在中環碼頭的綠白色渡輪' });
    const figures = fresh.body.content.filter((node) => node.type === 'figure').map((node) => [node.attrs?.caption, node.attrs?.credit, node.attrs?.alt]);
    expect(figures).toEqual([
      ['Passengers boarding.', 'Staff photographer', 'Passengers on a gangway'],
      ['Passengers queue at Pier 7.', 'Photo: Ho Wing', ''],
      ['The ferry leaves.', 'Photo: Chan Mei', 'A ferry pulling away'],
    ]);
    expect(saved.images).toEqual({ lead: fresh.leadImage, figures: saved.images.figures });
  });

  it('a save onto a revision that changed since it was opened is refused in clear words, and nothing is written', async () => {
    const article = await flagged('Tram fares frozen', 'A tram please');
    const opened = await photo['photos:open']({ serverId: article.id });
    const edited = await reporter('PUT', `/api/articles/${article.id}`, { content: { ...readyContent('Tram fares frozen'), slug: article.slug, body: { type: 'doc', content: [paragraph('A new first paragraph.')] } } }, { 'if-match': `"${article.revision}"` });
    const images = { ...opened.images, lead: opened.images.lead ? { ...opened.images.lead, caption: 'My new caption' } : null };
    const stale = await refusal(photo['photos:save']({ serverId: article.id, revision: opened.article.revision, images }));
    expect(stale).toEqual({
      code: 'conflict',
      message: `The article changed since you opened it (it is now revision ${edited.revision}). It has been reloaded; your captions are kept — check them and save again.`,
      details: [`currentRevision:${edited.revision}`],
    });
    const after = await photo['photos:open']({ serverId: article.id });
    expect(after.article.revision).toBe(edited.revision);
    expect(after.article.leadImage?.caption).toBe('A ferry at Central Pier.');
    // Saved again onto the revision now shown, the caption goes in and the reporter's new text stays.
    const saved = await photo['photos:save']({ serverId: article.id, revision: after.article.revision, images });
    expect(saved.article.leadImage?.caption).toBe('My new caption');
    expect(textOf(saved.article)).toEqual(textOf(edited));
  });

  it('"Photos done" clears the flag and tells the reporter, with the note', async () => {
    const article = await flagged('Bus routes cut', 'Bus stop photo');
    const before = notificationListResponseSchema.parse(await (await fetch(`${newsroom.baseUrl}/api/notifications`, { headers: { authorization: `Bearer ${newsroom.reporter}` } })).json());
    const done = await photo['photos:done']({ serverId: article.id, note: '已加上兩張相片。' });
    expect(done.needsPhotos).toBe(false);
    expect((await photo['photos:queue']({})).items.some((item) => item.id === article.id)).toBe(false);
    const after = notificationListResponseSchema.parse(await (await fetch(`${newsroom.baseUrl}/api/notifications`, { headers: { authorization: `Bearer ${newsroom.reporter}` } })).json());
    expect(after.unread).toBe(before.unread + 1);
    expect(after.items[0]).toMatchObject({ articleId: article.id, action: 'photos_done', actor: 'Photo Desk', read: false });
  });

  it('a photo that is no longer on the desk fails in words while the others still go up', async () => {
    const article = await flagged('Harbour haze', 'Skyline');
    const opened = await photo['photos:open']({ serverId: article.id });
    const good = await intake.importImage('haze.jpg', await jpegWithIptc({ caption: 'Haze over the harbour.' }, 'utf-8', true, 640, 480));
    const attached = await photo['photos:attach']({ images: opened.images, target: { kind: 'addFigures' }, files: [{ mediaId: 'm_gone', fileName: 'gone.jpg' }, { mediaId: good.mediaId, fileName: 'haze.jpg' }] });
    expect(attached.uploads.map((upload) => [upload.fileName, upload.state, upload.message])).toEqual([
      ['gone.jpg', 'failed', 'This photo is no longer on the desk. Add it again.'],
      ['haze.jpg', 'done', undefined],
    ]);
    expect(attached.images.figures.map((figure) => figure.caption)).toEqual(['Passengers boarding.', 'Haze over the harbour.']);
  });
});

import type { DeskHandlers } from '../../../shared/desk-api';
import type { PhotoSet, UploadedImage } from '../../../shared/desk-api-photos';
import { articleContentSchema } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import { mediaResponseSchema, serverArticleSchema, type ServerArticle } from '../../../shared/server-api';
import { photoQueueResponseSchema } from '../../../shared/server-api-review';
import { callNewsroom, deskErrorOf } from '../newsroom/call-newsroom';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';
import { localImageFile } from '../sync/draft-images';
import { fetchPicture } from './fetch-picture';
import { attachToSet } from '../../../shared/photos/attach-to-set';
import { PhotoUploads } from './photo-uploads';
import { photoSetOf, withPhotoSet } from './photo-set';

type PhotoChannel = Extract<keyof DeskHandlers, `photos:${string}`>;

function query(values: Record<string, number | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
}

/** The newsroom's address as a base for its relative `media/…` paths. */
function mediaBaseOf(connection: NewsroomConnection): string | null {
  const baseUrl = connection.endpoint()?.baseUrl;
  if (!baseUrl) return null;
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

export function staleRevision(current: number): DeskError {
  return new DeskError(
    'conflict',
    `The article changed since you opened it (it is now revision ${current}). It has been reloaded; your captions are kept — check them and save again.`,
    [`currentRevision:${current}`],
  );
}

/**
 * The photo desk: its queue, one article's images, uploads with per-file progress, the save and
 * "Photos done" — calls a person waits for, straight to the newsroom. A save never carries text:
 * it reads the server's current content and puts in only the lead image and figure attributes,
 * and only onto the revision the photo editor opened (If-Match).
 */
export function photoHandlers(connection: NewsroomConnection, mediaFolder: string): Pick<DeskHandlers, PhotoChannel> {
  const uploads = new PhotoUploads();
  const article = (serverId: string): Promise<ServerArticle> => callNewsroom(connection, 'articles:get', { params: { id: serverId } }, serverArticleSchema);
  const present = (current: ServerArticle) => ({ article: current, images: photoSetOf(current), mediaBase: mediaBaseOf(connection) });

  async function upload(mediaId: string): Promise<UploadedImage> {
    const local = await localImageFile(mediaFolder, mediaId);
    if (!local) throw new DeskError('not_found', 'This photo is no longer on the desk. Add it again.');
    uploads.progress(mediaId, 0, local.size);
    // Keyed by the bytes: a retried upload of the same file is the same media on the newsroom.
    const result = await connection.transport.call('media:upload', {
      upload: { file: local.file, fields: {}, onProgress: (sent, total) => uploads.progress(mediaId, sent, total) },
      headers: { idempotencyKey: `photo-${local.hash}` },
    });
    if (!result.ok) throw deskErrorOf(result.error);
    const media = mediaResponseSchema.parse(result.value);
    return { mediaId: media.id, src: `media/${media.id}/large`, caption: media.caption, credit: media.credit, width: media.width, height: media.height };
  }

  return {
    'photos:queue': (request) => callNewsroom(connection, 'photos:queue', { query: query(request) }, photoQueueResponseSchema),
    'photos:open': async ({ serverId }) => present(await article(serverId)),
    'photos:attach': async ({ images, target, files }) => {
      uploads.start(files);
      const uploaded: UploadedImage[] = [];
      // One at a time, in the order chosen: each bar fills in turn, and the newsroom is not flooded.
      for (const { mediaId } of files) {
        try {
          uploaded.push(await upload(mediaId));
          uploads.done(mediaId);
        } catch (error) {
          uploads.failed(mediaId, error instanceof Error ? error.message : String(error));
        }
      }
      const states = uploads.list().filter((item) => files.some((file) => file.mediaId === item.mediaId));
      return { images: attachToSet(images, target, uploaded), uploaded, uploads: states };
    },
    'photos:uploads': async () => ({ items: uploads.list() }),
    'photos:picture': ({ mediaId, rendition }) => fetchPicture(connection, mediaId, rendition),
    'photos:save': async ({ serverId, revision, images }) => {
      const current = await article(serverId);
      if (current.revision !== revision) throw staleRevision(current.revision);
      const content = withPhotoSet(articleContentSchema.parse(current), images satisfies PhotoSet);
      try {
        return present(await callNewsroom(connection, 'articles:update', { params: { id: serverId }, body: { content }, headers: { ifMatch: revision } }, serverArticleSchema));
      } catch (error) {
        // Changed between the read and the write: the same answer as a stale read.
        const current = error instanceof DeskError && error.code === 'conflict' ? error.details?.find((detail) => detail.startsWith('currentRevision:')) : undefined;
        if (current) throw staleRevision(Number(current.slice('currentRevision:'.length)));
        throw error;
      }
    },
    'photos:done': ({ serverId, note }) => callNewsroom(connection, 'photos:done', { params: { id: serverId }, body: note ? { note } : {} }, serverArticleSchema),
  };
}

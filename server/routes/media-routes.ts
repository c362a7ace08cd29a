import { mediaParamsSchema } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { ServerError, notFound } from '../http/server-error';
import { ingestImage } from '../media/ingest-image';
import { storedRenditionsSchema } from '../media/present-media';

export function mediaRoutes(route: RegisterRoute, context: DeskContext): void {
  route('media:upload', async (request, reply) => {
    if (!request.isMultipart()) throw new ServerError(415, 'unsupported_media', 'Upload the image as multipart/form-data with one file field.');
    const file = await request.file();
    if (!file) throw new ServerError(400, 'bad_request', 'The upload has no file in it.');
    // toBuffer() throws FST_REQ_FILE_TOO_LARGE past the multipart fileSize limit → 413.
    const bytes = await file.toBuffer();
    const media = await ingestImage(context, requireUser(request), { bytes, filename: file.filename });
    return reply.code(201).send(media);
  });

  route('media:rendition', async (request, reply) => {
    const { id, rendition } = parseWith(mediaParamsSchema, request.params, 'media address');
    const row = await context.db.selectFrom('media').select('renditions').where('id', '=', id).executeTakeFirst();
    const stored = row ? storedRenditionsSchema.parse(JSON.parse(row.renditions))[rendition] : undefined;
    if (!stored) throw notFound('The image');
    // Rendition bytes never change for a given id, so caches may keep them for a year.
    const etag = `"${id}-${rendition}"`;
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', etag)
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const object = await context.media.get(stored.key);
    if (!object) throw notFound('The image file');
    return reply.type(object.contentType).send(object.bytes);
  });
}

import type { DeskContext } from '../context';
import { limits } from '../../shared/limits';
import { idempotency } from '../http/idempotency';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { ServerError, notFound } from '../http/server-error';
import { ingestImage } from '../media/ingest-image';
import { storedRenditionsSchema } from '../media/present-media';
import { publicDb } from '../public-site/db/public-site-tables';

export function mediaRoutes(route: RegisterRoute, context: DeskContext): void {
  const keys = idempotency(context.db, context.now);
  route('media:upload', async (_input, request, reply) => {
    if (!request.isMultipart()) throw new ServerError(415, 'unsupported_media', 'Upload the image as multipart/form-data with one file field.');
    const file = await request.file();
    if (!file) throw new ServerError(400, 'bad_request', 'The upload has no file in it.');
    // toBuffer() throws FST_REQ_FILE_TOO_LARGE past the multipart fileSize limit, but not when
    // a chunk of the body ends exactly at the limit: the parser marks the part truncated after
    // handing its last bytes over. So the part's flag and its length are checked here too (the
    // parser's limit is one byte over ours, so a cut-off file is always longer than allowed).
    const bytes = await file.toBuffer();
    if (file.file.truncated || bytes.length > limits.imageBytesMax) {
      throw new ServerError(413, 'too_large', `Images may be at most ${limits.imageBytesMax / 1024 / 1024} MB.`);
    }
    if (await keys.claimUpload(request, reply, bytes)) return reply;
    const media = await ingestImage(context, requireUser(request), { bytes, filename: file.filename });
    return reply.code(201).send(media);
  });

  route('media:rendition', async ({ params }, request, reply) => {
    const { id, rendition } = params;
    // Public only while a live page shows the image; staff (signed in) see every image. Anyone
    // else gets the same 404 as for an unknown id, so ids of unpublished images reveal nothing.
    const published = await publicDb(context.db).selectFrom('public_media').select('media_id').where('media_id', '=', id).limit(1).executeTakeFirst();
    if (!published && !request.user) throw notFound('The image');
    const row = await context.db.selectFrom('media').select('renditions').where('id', '=', id).executeTakeFirst();
    const stored = row ? storedRenditionsSchema.parse(JSON.parse(row.renditions))[rendition] : undefined;
    if (!stored) throw notFound('The image');
    // The bytes of a rendition never change; whether it is public does (unpublishing, a
    // takedown), so shared caches keep it an hour and staff copies stay in their own browser.
    const etag = `"${id}-${rendition}"`;
    reply
      .header('cache-control', published ? 'public, max-age=3600' : 'private, max-age=3600')
      .header('vary', 'Authorization')
      .header('etag', etag)
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const object = await context.media.get(stored.key);
    if (!object) throw notFound('The image file');
    return reply.type(object.contentType).send(object.bytes);
  });
}

import { DeskError } from '../../../shared/result';
import type { NewsroomConnection } from './newsroom-connection';

export interface NewsroomPicture {
  bytes: Uint8Array;
  type: string;
}

const pictureBytesMax = 8 * 1024 * 1024;
const pictureTypes = /^image\/(jpeg|png|webp|gif|avif)$/;
const mediaIdPattern = /^[A-Za-z0-9_-]{1,100}$/;
const renditionPattern = /^[a-z0-9]{1,20}$/;

/**
 * One rendition of an image on the newsroom, fetched with the session. The newsroom shows an
 * unpublished image only to a signed-in person (Bearer token), which an `<img>` in the page
 * cannot send, and the page never talks to the newsroom itself: the desk fetches the bytes and
 * serves them on its own origin (`newsroom/media/<id>/<rendition>`, web mode and Electron alike).
 */
export async function fetchNewsroomMedia(connection: NewsroomConnection, mediaId: string, rendition: string, fetchImpl: typeof fetch = fetch): Promise<NewsroomPicture> {
  if (!mediaIdPattern.test(mediaId) || !renditionPattern.test(rendition)) throw new DeskError('bad_request', 'That is not the address of a newsroom image.');
  const endpoint = connection.endpoint();
  if (!endpoint) throw new DeskError('unauthorized', 'Sign in to the newsroom first.', ['reason:newsroom_sign_in']);
  const base = endpoint.baseUrl.endsWith('/') ? endpoint.baseUrl : `${endpoint.baseUrl}/`;
  const url = new URL(`media/${encodeURIComponent(mediaId)}/${rendition}`, base);
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { authorization: `Bearer ${endpoint.token}` }, redirect: 'error', signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new DeskError('offline', `The newsroom cannot be reached right now: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 404) throw new DeskError('not_found', 'This image is not on the newsroom.');
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!response.ok || !pictureTypes.test(type)) throw new DeskError('bad_request', `The newsroom did not send the image (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > pictureBytesMax) throw new DeskError('too_large', 'The newsroom sent an image too large to show here.');
  return { bytes, type };
}

/** `newsroom/media/<id>/<rendition>` on the desk's origin → the id and rendition, or null. */
export function newsroomMediaPath(pathname: string): { mediaId: string; rendition: string } | null {
  const match = /^\/newsroom\/media\/([A-Za-z0-9_-]{1,100})\/([a-z0-9]{1,20})$/.exec(pathname);
  return match?.[1] && match[2] ? { mediaId: match[1], rendition: match[2] } : null;
}

/** The HTTP status that says what went wrong with a newsroom image, for the desk's own server. */
export function newsroomMediaStatus(error: unknown): number {
  if (!(error instanceof DeskError)) return 500;
  if (error.code === 'not_found' || error.code === 'bad_request') return 404;
  if (error.code === 'unauthorized') return 401;
  return 502;
}

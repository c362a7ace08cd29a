import { DeskError } from '../../../shared/result';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';

const pictureBytesMax = 3 * 1024 * 1024;
const pictureTypes = /^image\/(jpeg|png|webp|gif|avif)$/;

/**
 * One rendition of a newsroom image as a data: URL. The newsroom shows an unpublished image only
 * to a signed-in person (Bearer token), which an `<img>` in the page cannot send, and the page
 * never talks to the newsroom itself: the desk fetches it with the session and hands the bytes over.
 */
export async function fetchPicture(connection: NewsroomConnection, mediaId: string, rendition: 'thumb' | 'medium'): Promise<{ dataUrl: string }> {
  const endpoint = connection.endpoint();
  if (!endpoint) throw new DeskError('unauthorized', 'Sign in to the newsroom first.', ['reason:newsroom_sign_in']);
  const base = endpoint.baseUrl.endsWith('/') ? endpoint.baseUrl : `${endpoint.baseUrl}/`;
  const url = new URL(`media/${encodeURIComponent(mediaId)}/${rendition}`, base);
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${endpoint.token}` }, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new DeskError('offline', `The newsroom cannot be reached right now: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 404) throw new DeskError('not_found', 'This image is not on the newsroom.');
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!response.ok || !pictureTypes.test(type)) throw new DeskError('bad_request', `The newsroom did not send the image (HTTP ${response.status}).`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > pictureBytesMax) throw new DeskError('too_large', 'The newsroom sent an image too large to show here.');
  return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}

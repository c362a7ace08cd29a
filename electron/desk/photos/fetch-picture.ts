import { DeskError } from '../../../shared/result';
import { fetchNewsroomMedia } from '../newsroom/newsroom-media';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';

const pictureBytesMax = 3 * 1024 * 1024;

/** One rendition of a newsroom image as a data: URL, for the photo desk's thumbnails. */
export async function fetchPicture(connection: NewsroomConnection, mediaId: string, rendition: 'thumb' | 'medium'): Promise<{ dataUrl: string }> {
  const picture = await fetchNewsroomMedia(connection, mediaId, rendition);
  if (picture.bytes.byteLength > pictureBytesMax) throw new DeskError('too_large', 'The newsroom sent an image too large to show here.');
  return { dataUrl: `data:${picture.type};base64,${Buffer.from(picture.bytes).toString('base64')}` };
}

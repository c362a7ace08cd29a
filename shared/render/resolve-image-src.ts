import { sanitizeUrl } from '../url/sanitize-url';

// Our own media paths as the desk writes them: media/<mediaId>/<file>, nothing that climbs out.
const mediaPath = /^media\/[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_-]{1,60}(\.[A-Za-z0-9]{1,8})?$/;

/**
 * The address an `<img>` may load: an absolute http(s) URL, or one of our relative
 * `media/<id>/<file>` paths (prefixed with `mediaBase`). Anything else gives null and no image.
 */
export function resolveImageSrc(src: string, mediaBase = ''): string | null {
  const trimmed = src.trim();
  if (mediaPath.test(trimmed)) return `${mediaBase}${trimmed}`;
  return sanitizeUrl(trimmed, { protocols: ['http:', 'https:'] });
}

/** An absolute address for feeds and metadata: relative paths resolve against the site URL. */
export function absoluteUrl(url: string, siteUrl: string | undefined): string | null {
  if (/^https?:\/\//i.test(url)) return url;
  if (siteUrl === undefined) return null;
  try {
    return sanitizeUrl(new URL(url, siteUrl).href, { protocols: ['http:', 'https:'] });
  } catch {
    return null;
  }
}

/**
 * Where an exported address lives in the static root, in the layout the generated nginx
 * config reads: listings as folders (`tags/ferries/index.html`, `…/page-2.html` for
 * archive page 2, `?page=2`), article pages as `<slug>.html`, everything else at its own path. nginx decodes
 * percent escapes before looking at the disk, so file names are the decoded segments.
 * Addresses that cannot be a safe file name (a `/` or `..` inside a segment, a dot file) are
 * not exported: nginx finds no file and asks the Node server, which answers them as today.
 */
export const goneFolder = '_gone';

const listingPrefixes = ['sections', 'tags', 'topics'];
const pageQuery = /^page=([1-9][0-9]{0,7})$/u;

const mediaExtensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/png': 'png',
};

/** The extension a media rendition is stored under, so nginx can send its content type. */
export function mediaExtension(contentType: string): string | undefined {
  return mediaExtensions[contentType.split(';')[0]?.trim() ?? ''];
}

function decodedSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || segment.includes('/') || segment.includes('\\') || segment.includes(String.fromCharCode(0))) return null;
    segments.push(segment);
  }
  return segments;
}

function listingFile(folder: string[], search: string): string | null {
  if (search === '') return [...folder, 'index.html'].join('/');
  const page = pageQuery.exec(search.slice(1));
  if (!page) return null;
  return [...folder, `page-${page[1]}.html`].join('/');
}

/** The file for a site-relative address such as `/tags/ferries?page=2`, or null when not exportable. */
export function staticFilePath(address: string, contentType = ''): string | null {
  const url = new URL(address, 'http://static.invalid');
  if (url.pathname === '/') return listingFile([], url.search);
  const segments = decodedSegments(url.pathname);
  if (segments === null || segments.length === 0) return null;
  const [first] = segments;
  if (first === goneFolder) return null;
  if (first !== undefined && listingPrefixes.includes(first) && segments.length === 2) return listingFile(segments, url.search);
  if (url.search !== '') return null;
  if (first === 'articles' && segments.length === 2 && !(segments[1] ?? '').endsWith('.ninjs.json')) return `${segments.join('/')}.html`;
  if (first === 'media') {
    const extension = mediaExtension(contentType);
    return extension ? `${segments.join('/')}.${extension}` : null;
  }
  return segments.join('/');
}

/** The address's entry in the 410 list (this folder): its gone page, which nginx answers with 410 when the address has no live file. */
export function goneMarkerPath(address: string): string | null {
  const url = new URL(address, 'http://static.invalid');
  const segments = decodedSegments(url.pathname);
  if (segments === null || segments.length === 0 || url.search !== '') return null;
  return [goneFolder, ...segments].join('/');
}

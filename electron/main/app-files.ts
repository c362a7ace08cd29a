import { extname, resolve, sep } from 'node:path';
import { appHost, appScheme } from './app-url';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface AppFile {
  path: string;
  contentType: string;
}

/**
 * Maps app://copydesk/<path> to a file: `media/…` from the data folder, everything else from the
 * built renderer. Paths that climb out of those folders give null.
 */
export function resolveAppFile(url: string, rendererDir: string, dataDir: string): AppFile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const isMedia = pathname.startsWith('/media/');
  const base = isMedia ? resolve(dataDir, 'media') : resolve(rendererDir);
  const relative = isMedia ? pathname.slice('/media/'.length) : pathname === '/' ? 'index.html' : pathname.slice(1);
  const path = resolve(base, relative);
  if (!path.startsWith(base + sep)) return null;
  return { path, contentType: contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream' };
}

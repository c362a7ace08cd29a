import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { folderStaticStorage } from '../../../server/public-site/static/folder-static-storage';
import { hasGzipSibling } from '../../../server/public-site/static/gzip-siblings';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function newRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-gzip-siblings-'));
  roots.push(root);
  return root;
}

const page = Buffer.from('<!doctype html><html lang="zh-Hant"><title>兩名公務員被捕</title><p>警方周二拘捕兩名公務員。</p></html>'.repeat(20));

describe('the static root keeps a gzipped copy beside every text file (nginx gzip_static)', () => {
  it('writes the copy with the page: it unzips to the page’s bytes', async () => {
    const root = newRoot();
    const storage = folderStaticStorage(root);
    expect(await storage.write('articles/ferry-fares.html', page)).toBe(true);
    const copy = readFileSync(join(root, 'articles/ferry-fares.html.gz'));
    expect(gunzipSync(copy).equals(page)).toBe(true);
    expect(copy.length).toBeLessThan(page.length / 4);
  });

  it('replaces the copy when the page changes, and leaves both alone when it does not', async () => {
    const root = newRoot();
    const storage = folderStaticStorage(root);
    await storage.write('tags/transport/index.html', page);
    const changed = Buffer.concat([page, Buffer.from('<p>更正</p>')]);
    expect(await storage.write('tags/transport/index.html', changed)).toBe(true);
    expect(gunzipSync(readFileSync(join(root, 'tags/transport/index.html.gz'))).equals(changed)).toBe(true);
    expect(await storage.write('tags/transport/index.html', changed)).toBe(false);
  });

  it('repairs a missing or stale copy of an unchanged page (a root an older version wrote, a crash between the two writes)', async () => {
    const root = newRoot();
    const storage = folderStaticStorage(root);
    writeFileSync(join(root, 'feed.xml'), page);
    expect(await storage.write('feed.xml', page)).toBe(false);
    expect(gunzipSync(readFileSync(join(root, 'feed.xml.gz'))).equals(page)).toBe(true);

    writeFileSync(join(root, 'feed.xml.gz'), gzipSync(Buffer.from('<rss>an older feed</rss>')));
    expect(await storage.write('feed.xml', page)).toBe(false);
    expect(gunzipSync(readFileSync(join(root, 'feed.xml.gz'))).equals(page)).toBe(true);

    writeFileSync(join(root, 'feed.xml.gz'), 'not gzip at all');
    await storage.write('feed.xml', page);
    expect(gunzipSync(readFileSync(join(root, 'feed.xml.gz'))).equals(page)).toBe(true);
  });

  it('removes the copy with its file, and lists only files (and copies whose file has gone)', async () => {
    const root = newRoot();
    const storage = folderStaticStorage(root);
    await storage.write('articles/ferry-fares.html', page);
    await storage.write('articles/ferry-fares.ninjs.json', Buffer.from('{"headline":"渡輪加價"}'));
    writeFileSync(join(root, 'robots.txt.gz'), gzipSync(Buffer.from('User-agent: *')));
    expect(await storage.list()).toEqual(['articles/ferry-fares.html', 'articles/ferry-fares.ninjs.json', 'robots.txt.gz']);

    expect(await storage.remove('articles/ferry-fares.html')).toBe(true);
    expect(existsSync(join(root, 'articles/ferry-fares.html.gz'))).toBe(false);
    expect(existsSync(join(root, 'articles/ferry-fares.ninjs.json.gz'))).toBe(true);
    expect(await storage.remove('robots.txt.gz')).toBe(true);
    expect(await storage.list()).toEqual(['articles/ferry-fares.ninjs.json']);
  });

  it('gives no copy to images, the 410 list or the copies themselves', async () => {
    const root = newRoot();
    const storage = folderStaticStorage(root);
    await storage.write('media/abc/large.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    await storage.write('_gone/articles/ferry-fares', page);
    expect(existsSync(join(root, 'media/abc/large.jpg.gz'))).toBe(false);
    expect(existsSync(join(root, '_gone/articles/ferry-fares.gz'))).toBe(false);
    expect(['index.html', 'feed.xml', 'robots.txt', 'assets/site.css', 'favicon.svg', 'manifest.webmanifest', 'a.ninjs.json'].every(hasGzipSibling)).toBe(true);
    expect(['media/a/thumb.webp', 'favicon.ico', 'icons/icon-192.png', 'index.html.gz', '_gone/articles/a.ninjs.json'].some(hasGzipSibling)).toBe(false);
  });
});

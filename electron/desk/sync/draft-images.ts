import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleContent, DocNode } from '../../../shared/article';

/** The media ids an article shows (lead image first, then figures in reading order), once each. */
export function imageIdsOf(content: ArticleContent): string[] {
  const ids = new Set<string>();
  if (content.leadImage) ids.add(content.leadImage.mediaId);
  const visit = (node: DocNode) => {
    const mediaId = node.attrs?.mediaId;
    if (typeof mediaId === 'string' && mediaId !== '') ids.add(mediaId);
    node.content?.forEach(visit);
  };
  content.body.content.forEach(visit);
  return [...ids];
}

export interface LocalImageFile {
  file: string;
  size: number;
  hash: string;
}

const mediaIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The original file of a desk image (`<data>/media/<mediaId>/original.<ext>`, as the intake keeps
 * it), with the SHA-256 of its bytes; null when the id is not one of this desk's images (an image
 * that came from the newsroom keeps the newsroom's id).
 */
export async function localImageFile(mediaFolder: string, mediaId: string): Promise<LocalImageFile | null> {
  if (!mediaIdPattern.test(mediaId)) return null;
  const folder = join(mediaFolder, mediaId);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  const original = names.find((name) => name.startsWith('original.'));
  if (!original) return null;
  const file = join(folder, original);
  const { size } = await stat(file);
  return { file, size, hash: await sha256File(file) };
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

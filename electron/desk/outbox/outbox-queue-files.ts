import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../storage/durable-json-file';
import { articleQueueSchema } from './outbox-job';
import type { ArticleQueue } from './outbox-job';

const articleKeyPattern = /^[A-Za-z0-9_-]{1,100}$/;

export function isArticleKey(value: string): boolean {
  return articleKeyPattern.test(value);
}

/** One file per article, so a write for one article never rewrites (or risks) another's jobs. */
export function queueFile(folder: string, articleKey: string): string {
  if (!isArticleKey(articleKey)) throw new Error(`Not an article key: ${articleKey}`);
  return join(folder, `${articleKey}.json`);
}

/** Atomic and fsynced: after a crash the file holds this queue or the one before, never half. */
export async function writeQueue(folder: string, queue: ArticleQueue): Promise<void> {
  await writeFileDurably(queueFile(folder, queue.articleKey), JSON.stringify(queue));
}

export interface LoadedQueues {
  queues: ArticleQueue[];
  /** Files that could not be read as a queue: moved aside (never deleted) so a person can look. */
  setAside: string[];
}

export async function readQueues(folder: string): Promise<LoadedQueues> {
  await mkdir(folder, { recursive: true });
  const queues: ArticleQueue[] = [];
  const setAside: string[] = [];
  for (const name of await readdir(folder)) {
    // A temporary file is a write a crash cut short; the queue file beside it is whole.
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await unlink(join(folder, name)).catch(() => {});
      continue;
    }
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const file = join(folder, name);
    const parsed = articleQueueSchema.safeParse(parseJson(await readFile(file, 'utf8')));
    if (parsed.success && `${parsed.data.articleKey}.json` === name) {
      queues.push(parsed.data);
      continue;
    }
    const aside = `${file}.unreadable`;
    await rename(file, aside);
    setAside.push(aside);
  }
  return { queues, setAside };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

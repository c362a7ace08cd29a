import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyArticleContent, type ArticleContent, type Language } from '../../../shared/article';

export function temporaryDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'copydesk-drafts-'));
}

export function contentWith(fields: {
  headline?: string;
  paragraphs?: string[];
  tags?: string[];
  topics?: string[];
  language?: Language;
}): ArticleContent {
  return {
    ...emptyArticleContent(fields.language ?? 'zh-Hant'),
    headline: fields.headline ?? '',
    tags: fields.tags ?? [],
    topics: fields.topics ?? [],
    body: {
      type: 'doc',
      content: (fields.paragraphs ?? []).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-01T09:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms) => (time += ms) };
}

export const minute = 60 * 1000;
export const day = 24 * 60 * minute;
